// GET /api/reports/<name>?locale=ru: one staff report as CSV, for supervisors and
// administrators. Everyone else gets 404, as for any page outside their reach.
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { attachmentDisposition } from "@/lib/documents/sanitize-file-name";
import { isLocale } from "@/lib/i18n/locales";
import { reportToCsv } from "@/lib/reports/report-csv";
import { buildReportTable } from "@/lib/reports/report-tables";
import { REPORT_NAMES, type ReportName } from "@/lib/reports/staff-reports";

const NOT_FOUND = new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }): Promise<Response> {
  const { report } = await params;
  const user = await getCurrentUser();
  if (!user || !can(user, "read", "report") || !(REPORT_NAMES as readonly string[]).includes(report)) return NOT_FOUND.clone();
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = requested && isLocale(requested) ? requested : "ru";
  const csv = reportToCsv(await buildReportTable(user, report as ReportName, locale));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`${report}-${new Date().toISOString().slice(0, 10)}.csv`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // Opened by mistake in a tab, the file still runs and loads nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
