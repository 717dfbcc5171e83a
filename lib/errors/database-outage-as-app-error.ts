// Runs a piece of work and turns "the database went away" into AppError("UNAVAILABLE"),
// so actions can tell the person to try again (their answers are kept) rather than show
// a 500. Every other error passes through unchanged.
import { AppError } from "./app-error";
import { isDatabaseUnavailable } from "./database-unavailable";

export async function databaseOutageAsAppError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) && isDatabaseUnavailable(error)) throw new AppError("UNAVAILABLE", "database");
    throw error;
  }
}
