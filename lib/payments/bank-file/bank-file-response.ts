// The HTTP answer of GET /api/payment-runs/<runId>/bank-file: the CSV as an attachment,
// never cached, or one bare 404 for "no such run", "not allowed" and "not signed in".
import type { Actor } from "@/lib/auth/permissions";
import { attachmentDisposition } from "@/lib/documents/sanitize-file-name";
import { isAppError } from "@/lib/errors/app-error";
import type { PaymentsDatabase } from "../payments-database";
import { exportBankFile } from "./export-bank-file";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE_HEADERS } });
}

/**
 * The download changes state (payments become SENT), so another site must not be able to
 * trigger it with a link: browsers say where a request comes from in Sec-Fetch-Site.
 */
function isFromAnotherSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

export async function bankFileResponse(request: Request, actor: Actor | null, runId: string, now: Date, database: PaymentsDatabase): Promise<Response> {
  if (!actor || isFromAnotherSite(request)) return notFoundResponse();
  try {
    const file = await exportBankFile(actor, runId, now, database);
    return new Response(file.content, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition(file.fileName),
        "Content-Security-Policy": "default-src 'none'; sandbox",
        ...PRIVATE_HEADERS,
      },
    });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) return notFoundResponse();
    throw error;
  }
}
