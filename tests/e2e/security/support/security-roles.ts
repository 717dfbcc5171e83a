// The seven roles of the security suite and how a spec acts as each: the fixture records
// (tests/e2e/support/setup/security-fixtures.ts, made once per worker), a signed-in Cookie
// header per role (through the real sign-in form, once per role), and a request context
// that sends it and never follows redirects, so a spec sees the 307 to sign-in itself.
// Only the demo caseworker, supervisor and administrator are shared with other specs, and
// only for reading or refused attempts; everyone the suite may change is a fixture account.
import { test, type APIRequestContext, type Browser, type PlaywrightWorkerArgs } from "@playwright/test";
import { demoAccount } from "@/prisma/seed/demo-accounts";
import { runE2eSetup } from "../../support/e2e-database";
import { signInWith } from "../../support/sign-in";

export type SecurityRole = "anonymous" | "citizenA" | "citizenB" | "caseworkerOtherDistrict" | "caseworker" | "supervisor" | "admin";

export const SECURITY_ROLES: readonly SecurityRole[] = ["anonymous", "citizenA", "citizenB", "caseworkerOtherDistrict", "caseworker", "supervisor", "admin"];

export interface FixtureCitizen {
  userId: string;
  iin: string;
  password: string;
  fullName: string;
  familyId: string;
  /** A member of the family (a child when there is one), for /family/members/[memberId]. */
  memberId: string | null;
  /** The IINs of every member of the family, the applicant's included. */
  memberIins: string[];
  queueEntryId: string | null;
  draftApplicationId: string;
  submittedApplicationId: string;
  documentId: string;
}

export interface SecurityFixtures {
  /** Both citizens' families live in ALMALY, the demo caseworker's district. */
  citizenA: FixtureCitizen & { approvedApplicationId: string };
  citizenB: FixtureCitizen;
  /** A caseworker of TURKSIB: staff, but not of the citizens' district. */
  caseworkerOtherDistrict: { userId: string; iin: string; password: string };
  /** Citizen A's housing certificate. */
  certificate: { certificateId: string; verificationToken: string };
  /** The latest seeded payment run (null when the seed made none). */
  paymentRunId: string | null;
  /** A draft rule version of a fixture administrator. */
  ruleVersionId: string;
  /** A rule parameter's key, for /admin/rules/parameters/[key]. */
  parameterKey: string;
  allocationId: string;
  /** A submitted (non-draft) application of ALMALY from the seed. */
  almalyApplicationId: string | null;
  /** A staff account for /admin/staff/[userId] (the Turksib caseworker). */
  staffUserId: string;
}

let fixtures: SecurityFixtures | undefined;

/** The fixture records, made on the first call in this worker. */
export function securityFixtures(): SecurityFixtures {
  fixtures ??= runE2eSetup<SecurityFixtures>("security-fixtures");
  return fixtures;
}

/** The IIN and password a role signs in with; null for anonymous. */
export function credentialsOf(role: SecurityRole): { iin: string; password: string } | null {
  switch (role) {
    case "anonymous":
      return null;
    case "citizenA":
    case "citizenB":
    case "caseworkerOtherDistrict":
      return securityFixtures()[role];
    case "caseworker":
      return demoAccount("CASEWORKER");
    case "supervisor":
      return demoAccount("SUPERVISOR");
    case "admin":
      return demoAccount("ADMIN");
  }
}

function baseUrlOfThisRun(): string {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts sets no baseURL");
  return baseURL;
}

const cookieHeaders = new Map<SecurityRole, string>();

/** The Cookie header of a fresh signed-in session of `role` ("" for anonymous). */
export async function cookieHeaderFor(browser: Browser, role: SecurityRole): Promise<string> {
  const cached = cookieHeaders.get(role);
  if (cached !== undefined) return cached;
  const credentials = credentialsOf(role);
  if (!credentials) return "";
  const context = await browser.newContext({ baseURL: baseUrlOfThisRun() });
  try {
    const page = await context.newPage();
    await signInWith(page, credentials, "en", `${role} could not sign in`);
    const header = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    cookieHeaders.set(role, header);
    return header;
  } finally {
    await context.close();
  }
}

/** Forgets a role's cached cookie (after a spec signed it out or changed the account). */
export function forgetCookieOf(role: SecurityRole): void {
  cookieHeaders.delete(role);
}

/** The `playwright` worker fixture. */
export type Playwright = PlaywrightWorkerArgs["playwright"];

const REQUEST_METHODS = new Set(["get", "head", "post", "put", "patch", "delete", "fetch"]);

/**
 * A request context sending `cookie`, whose requests do not follow redirects unless a call
 * passes its own maxRedirects: a refused request must show its redirect, not where it leads.
 */
export async function requestAs(playwright: Playwright, baseURL: string, cookie: string): Promise<APIRequestContext> {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: cookie ? { Cookie: cookie } : {} });
  return new Proxy(context, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (typeof property === "string" && REQUEST_METHODS.has(property)) {
        return (url: unknown, options: Record<string, unknown> = {}) => (value as (url: unknown, options: Record<string, unknown>) => unknown).call(target, url, { maxRedirects: 0, ...options });
      }
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}
