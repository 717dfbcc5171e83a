// Turns the refusals of a claim or an assignment into the notice the page shows after
// the redirect (?notice=…); anything else is not the reader's doing and is rethrown.
import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import type { QueueNotice } from "../queue-filters";

export function noticeForRefusal(error: unknown): QueueNotice {
  if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
  if (isAppError(error, "INVALID_INPUT")) return "invalid";
  if (isAppError(error, "CONFLICT")) {
    if (error.detail === "closed") return "closed";
    if (error.detail === "taken") return "taken";
    return "changed";
  }
  throw error;
}
