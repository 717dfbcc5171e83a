// The database's own four-eyes guards (migration 20261126132947_caseworker_workspace):
// a CHECK that the second approver is not the first, and a partial unique index allowing
// one pending second approval per application. The actions check both first; these
// catch what only a race can reach, and turn it into the same clear refusal.
import { AppError } from "@/lib/errors/app-error";

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "";
  const meta = (error as { meta?: unknown }).meta;
  return `${error.message} ${JSON.stringify(meta ?? {})}`;
}

/** The AppError a database refusal means, or null when it is another error. */
export function databaseRefusal(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const text = describe(error);
  if (text.includes("Decision_second_approver_differs")) return new AppError("CONFLICT", "firstApproverCannotConfirm");
  // Another approval became pending at the same moment: the application changed.
  if (text.includes("Decision_one_pending_second_approval")) return new AppError("CONFLICT", "version");
  return null;
}
