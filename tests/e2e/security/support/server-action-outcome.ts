// What a server-action answer means for the access checks. Next 16.4 answers a fetch-style
// action call (one with a Next-Action header) as follows (next/dist/server/app-render/
// action-handler.js): notFound() → 404; redirect() → 200 with `x-action-redirect: <url>`;
// a returned value → 200 with the RSC payload; a thrown error → 500. The proxy answers a
// signed-in area without a session cookie with a 307 to /<locale>/sign-in before any action.
import type { ServerActionAnswer } from "./server-action-call";

export type ActionOutcome = "not-found" | "forbidden" | "sign-in" | "redirect" | "answer" | "server-error" | "other";

function isSignInPath(target: string): boolean {
  return /^\/[a-z]{2}\/sign-in(?:[?#]|$)/.test(new URL(target, "http://portal.invalid").pathname);
}

export function outcomeOf(answer: ServerActionAnswer): ActionOutcome {
  if (answer.status === 404) return "not-found";
  if (answer.status === 403) return "forbidden";
  if (answer.redirectTo !== null && [200, 303, 307, 308].includes(answer.status)) return isSignInPath(answer.redirectTo) ? "sign-in" : "redirect";
  if (answer.status === 200) return "answer";
  if (answer.status >= 500) return "server-error";
  return "other";
}

/**
 * The refusal rule the matrix asserts: 404 (what every action's gate answers with
 * notFound(), so an outsider learns nothing), 403, or the sign-in page for anonymous
 * callers. A form's "not allowed" answer is not accepted as a refusal by default: an action
 * that answers an outsider with a form state has let them past its gate.
 */
export function isRefusal(outcome: ActionOutcome): boolean {
  return outcome === "not-found" || outcome === "forbidden" || outcome === "sign-in";
}

/** The action answered with its form's "a field it should not have" message (every namespace's wording starts so). */
export function answersUnexpectedField(answer: ServerActionAnswer): boolean {
  return answer.status === 200 && answer.redirectTo === null && /The form contained (?:a field|fields)/.test(answer.body);
}

/** A short description for failure messages: status, redirect target and the start of the body. */
export function describeAnswer(answer: ServerActionAnswer): string {
  const target = answer.redirectTo ? ` → ${answer.redirectTo}` : "";
  return `HTTP ${answer.status}${target}: ${answer.body.slice(0, 300).replace(/\s+/g, " ")}`;
}
