// Typed errors of the application (Documenso's AppError idea). Pages and actions map
// them to 401/403/404/409 answers (UNAVAILABLE: 503, the database could not be reached,
// nothing was written, try again); their messages are codes, never internals.
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_INPUT" | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly detail?: string,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
