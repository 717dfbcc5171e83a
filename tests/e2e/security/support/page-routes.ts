// Every page and route handler of the app, read from the file system at test time, so a
// page or route added later without an entry in the access table fails the suite by name.
// A route is named as Next.js routes it: route groups "(…)" and the [locale] segment left
// out, e.g. app/[locale]/(citizen)/family/members/[memberId]/page.tsx → /family/members/[memberId].
import { readdirSync } from "node:fs";
import path from "node:path";

const APP_DIR = path.join(process.cwd(), "app");

function filesNamed(directory: string, fileName: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesNamed(full, fileName);
    return entry.name === fileName ? [full] : [];
  });
}

function routeOf(file: string, root: string, prefix: string): string {
  const segments = path
    .relative(root, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment !== "" && !(segment.startsWith("(") && segment.endsWith(")")));
  return `${prefix}/${segments.join("/")}`.replace(/\/$/, "") || "/";
}

/** The pages under app/[locale], as routes without the locale ("/" is the landing page). */
export function listPageRoutes(): string[] {
  const root = path.join(APP_DIR, "[locale]");
  return filesNamed(root, "page.tsx").map((file) => routeOf(file, root, "")).sort();
}

/** The route handlers under app/api, e.g. /api/documents/[documentId]. */
export function listApiRoutes(): string[] {
  const root = path.join(APP_DIR, "api");
  return filesNamed(root, "route.ts").map((file) => routeOf(file, root, "/api")).sort();
}
