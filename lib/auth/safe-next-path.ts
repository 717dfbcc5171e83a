// Where to go after signing in: only a path inside the portal, never another site
// (an open redirect) and never a query string.
const ALLOWED = /^\/(family|apply|applications|documents|notifications|housing-queue|staff|admin)(\/[A-Za-z0-9\-_/]*)?$/;

export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string") return null;
  return ALLOWED.test(value) && !value.includes("//") ? value : null;
}
