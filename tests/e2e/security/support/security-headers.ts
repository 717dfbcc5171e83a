// What the headers spec reads out of a response: the CSP nonce, the <script> tags that do
// not carry it, and traces of the server's insides (stack frames, file paths, SQL) in a body.

/** The nonce of a Content-Security-Policy's script-src, or null when there is none. */
export function nonceOf(csp: string): string | null {
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? null;
}

/** The opening tags of every <script> in `html` whose nonce attribute is not `nonce`. */
export function scriptsWithoutNonce(html: string, nonce: string): string[] {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  return tags.filter((tag) => !tag.includes(`nonce="${nonce}"`));
}

/** Whether a header value says "never store" (no-store, possibly with other directives). */
export function isNoStore(cacheControl: string | undefined): boolean {
  return (cacheControl ?? "").split(",").map((directive) => directive.trim().toLowerCase()).includes("no-store");
}

// Each is something an error page must never show a visitor.
const INTERNALS: readonly { name: string; pattern: RegExp }[] = [
  { name: "a stack frame", pattern: /\bat [\w.<>$]+ \(|\bat (?:async )?\/|at file:\/\// },
  { name: "a server file path", pattern: /\/(?:work|home|app|srv|usr|tmp)\/[\w.-]+\/|node_modules\/|\.next\/server|webpack-internal/ },
  { name: "a source file name", pattern: /\b[\w-]+\.(?:ts|tsx|js|mjs):\d+/ },
  { name: "SQL", pattern: /\b(?:SELECT\s+[\w"*]|INSERT\s+INTO|UPDATE\s+"|DELETE\s+FROM)\b|\bPrisma\w*Error\b|\bP20\d\d\b|violates .* constraint/i },
  { name: "an error class name", pattern: /\b(?:TypeError|ReferenceError|SyntaxError|RangeError):/ },
];

/** The kinds of server internals found in `body` (empty when none). */
export function leakedInternals(body: string): string[] {
  return INTERNALS.filter((internal) => internal.pattern.test(body)).map((internal) => internal.name);
}
