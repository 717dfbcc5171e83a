// GET /api/payment-runs/<runId>/bank-file: the run's bank payment file (CSV), for those
// who run payments. Downloading it marks the run's scheduled payments as sent; the
// checks and the transaction live in lib/payments.
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { bankFileResponse } from "@/lib/payments/bank-file/bank-file-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ runId: string }> }): Promise<Response> {
  const { runId } = await params;
  return bankFileResponse(request, await getCurrentUser(), runId, new Date(), db);
}
