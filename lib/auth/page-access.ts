// Turns the typed errors of data functions into what a page shows: the sign-in page for
// a visitor without a session, the 404 page for a record or area they may not see.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { requireUser, type CurrentUser } from "./current-user";

export async function loadForPage<T>(locale: string, path: string, load: (user: CurrentUser) => Promise<T>): Promise<T> {
  try {
    return await load(await requireUser());
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) redirect(`/${locale}/sign-in?next=${encodeURIComponent(path)}`);
    if (isAppError(error, "FORBIDDEN") || isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
}
