// The access matrix: for every page and route handler, one or more concrete requests (the
// fixture ids filled into its [params]) and, for each of the seven roles, what it must get.
// Record-level cases name whose record it is: citizen B opening citizen A's application,
// the Turksib caseworker opening an Almaly application, and so on.
import type { SecurityFixtures, SecurityRole } from "./security-roles";

/**
 * - allowed: 200.
 * - refused: signed in → 404 or 403; anonymous → a page sends them to /<locale>/sign-in, an
 *   API route answers 401/403/404.
 * - redirect: the page's documented redirect (3xx to exactly that path and query).
 * - absent: 404 for this role although the route exists (a development page in production,
 *   the catch-all "not found" page).
 */
export type Access = "allowed" | "refused" | "absent" | { redirect: string };

export type AccessByRole = Readonly<Record<SecurityRole, Access>>;

export interface RouteCase {
  /** The route as listed by page-routes.ts (e.g. /applications/[applicationId]). */
  route: string;
  /** What this case is about, for failure messages (e.g. "citizen A's submitted application"). */
  what: string;
  method?: "GET" | "POST";
  url: (fixtures: SecurityFixtures) => string;
  /** A JSON body for POST cases. */
  body?: unknown;
  access: AccessByRole;
}

const ALL_ROLES: readonly SecurityRole[] = ["anonymous", "citizenA", "citizenB", "caseworkerOtherDistrict", "caseworker", "supervisor", "admin"];

function accessMap(decide: (role: SecurityRole) => Access): AccessByRole {
  return Object.fromEntries(ALL_ROLES.map((role) => [role, decide(role)])) as Record<SecurityRole, Access>;
}

/** The listed roles get `allowed`, every other role `refused`. */
function only(...allowed: SecurityRole[]): AccessByRole {
  return accessMap((role) => (allowed.includes(role) ? "allowed" : "refused"));
}

const everyone = (access: Access): AccessByRole => accessMap(() => access);
const CITIZENS: SecurityRole[] = ["citizenA", "citizenB"];
const ALL_STAFF: SecurityRole[] = ["caseworkerOtherDistrict", "caseworker", "supervisor", "admin"];

/** Public pages: open to everyone, signed in or not. */
const publicPage = (route: string, what: string, url: (fixtures: SecurityFixtures) => string): RouteCase => ({ route, what, url, access: everyone("allowed") });

/** A citizen page about the citizen's own family (no record id in the address): both citizens, nobody else. */
const ownFamilyPage = (route: string, url = `/en${route}`): RouteCase => ({ route, what: "the signed-in citizen's own family", url: () => url, access: only(...CITIZENS) });

/** A citizen page about one of citizen A's records: A only (B, staff and anonymous refused). */
const citizenARecordPage = (route: string, what: string, url: (fixtures: SecurityFixtures) => string): RouteCase => ({ route, what, url, access: only("citizenA") });

export const ROUTE_CASES: readonly RouteCase[] = [
  // Public pages.
  publicPage("/", "the landing page", () => "/en"),
  publicPage("/screener", "the eligibility screener", () => "/en/screener"),
  publicPage("/status", "the status lookup", () => "/en/status"),
  publicPage("/transparency", "the transparency page", () => "/en/transparency"),
  publicPage("/verify", "the certificate check form", () => "/en/verify"),
  publicPage("/verify/[token]", "citizen A's certificate, by its QR token", (fixtures) => `/en/verify/${fixtures.certificate.verificationToken}`),
  // Signed-in people may open them too (to sign in as someone else): nothing personal is shown.
  publicPage("/sign-in", "the sign-in page", () => "/en/sign-in"),
  publicPage("/register", "the registration page", () => "/en/register"),
  { route: "/[...rest]", what: "an address that does not exist", url: () => "/en/no-such-page", access: everyone("absent") },
  // Development helpers: the e2e server runs in production, where they do not exist.
  { route: "/dev/outbox", what: "the development outbox", url: () => "/en/dev/outbox", access: everyone("absent") },
  { route: "/dev/session-warning", what: "the development session warning", url: () => "/en/dev/session-warning", access: everyone("absent") },

  // The citizen's own family.
  ownFamilyPage("/family"),
  ownFamilyPage("/family/address"),
  ownFamilyPage("/family/eligibility"),
  ownFamilyPage("/family/housing"),
  ownFamilyPage("/family/income"),
  ownFamilyPage("/family/situation"),
  ownFamilyPage("/family/members/new"),
  { route: "/family/new", what: "registering a family when one exists", url: () => "/en/family/new", access: accessMap((role) => (CITIZENS.includes(role) ? { redirect: "/en/family" } : "refused")) },
  citizenARecordPage("/family/members/[memberId]", "a member of citizen A's family", (fixtures) => `/en/family/members/${fixtures.citizenA.memberId}`),
  citizenARecordPage("/family/members/[memberId]/remove", "removing a member of citizen A's family", (fixtures) => `/en/family/members/${fixtures.citizenA.memberId}/remove`),
  ownFamilyPage("/housing-queue"),
  // Every signed-in role has its own notifications (lib/notifications/notification-access.ts).
  { route: "/notifications", what: "the signed-in person's own notifications", url: () => "/en/notifications", access: only(...CITIZENS, ...ALL_STAFF) },
  ownFamilyPage("/documents"),
  citizenARecordPage("/documents/[documentId]/delete", "deleting citizen A's document", (fixtures) => `/en/documents/${fixtures.citizenA.documentId}/delete`),

  // Applications.
  ownFamilyPage("/applications"),
  citizenARecordPage("/applications/[applicationId]", "citizen A's submitted application", (fixtures) => `/en/applications/${fixtures.citizenA.submittedApplicationId}`),
  citizenARecordPage("/applications/[applicationId]", "citizen A's approved application (with its certificate)", (fixtures) => `/en/applications/${fixtures.citizenA.approvedApplicationId}`),
  citizenARecordPage("/applications/[applicationId]/appeal", "appealing citizen A's application", (fixtures) => `/en/applications/${fixtures.citizenA.submittedApplicationId}/appeal`),
  citizenARecordPage("/applications/[applicationId]/respond", "answering a request on citizen A's application", (fixtures) => `/en/applications/${fixtures.citizenA.submittedApplicationId}/respond`),
  citizenARecordPage("/applications/[applicationId]/withdraw", "withdrawing citizen A's application", (fixtures) => `/en/applications/${fixtures.citizenA.submittedApplicationId}/withdraw`),
  ownFamilyPage("/apply"),
  ownFamilyPage("/apply/[slug]", "/en/apply/one-time-assistance"),
  ownFamilyPage("/apply/[slug]/consent", "/en/apply/utilities-compensation/consent"),
  // Both citizens have an empty utilities draft: the check page sends them to its first step.
  { route: "/apply/[slug]/check", what: "the check page of an empty draft", url: () => "/en/apply/utilities-compensation/check", access: accessMap((role) => (CITIZENS.includes(role) ? { redirect: "/en/apply/utilities-compensation/step/situation" } : "refused")) },
  ownFamilyPage("/apply/[slug]/step/[step]", "/en/apply/utilities-compensation/step/situation"),
  citizenARecordPage("/apply/[slug]/done/[applicationId]", "the confirmation of citizen A's submission", (fixtures) => `/en/apply/one-time-assistance/done/${fixtures.citizenA.submittedApplicationId}`),

  // Staff.
  { route: "/staff", what: "the work queue", url: () => "/en/staff", access: only(...ALL_STAFF) },
  { route: "/staff/applications/[applicationId]", what: "citizen A's application (Almaly)", url: (fixtures) => `/en/staff/applications/${fixtures.citizenA.submittedApplicationId}`, access: only("caseworker", "supervisor", "admin") },
  { route: "/staff/applications/[applicationId]", what: "a seeded Almaly application", url: (fixtures) => `/en/staff/applications/${fixtures.almalyApplicationId}`, access: only("caseworker", "supervisor", "admin") },
  { route: "/staff/assign/[applicationId]", what: "assigning citizen A's application", url: (fixtures) => `/en/staff/assign/${fixtures.citizenA.submittedApplicationId}`, access: only("supervisor") },
  { route: "/staff/housing-queue", what: "the housing queue", url: () => "/en/staff/housing-queue", access: only(...ALL_STAFF) },
  { route: "/staff/housing-queue/[entryId]", what: "citizen A's queue entry", url: (fixtures) => `/en/staff/housing-queue/${fixtures.citizenA.queueEntryId}`, access: only(...ALL_STAFF) },
  { route: "/staff/housing-queue/allocations", what: "the flat allocations", url: () => "/en/staff/housing-queue/allocations", access: only(...ALL_STAFF) },
  { route: "/staff/housing-queue/allocations/[allocationId]", what: "an allocation", url: (fixtures) => `/en/staff/housing-queue/allocations/${fixtures.allocationId}`, access: only(...ALL_STAFF) },
  { route: "/staff/housing-queue/allocations/new", what: "a new allocation", url: () => "/en/staff/housing-queue/allocations/new", access: only("supervisor") },
  { route: "/staff/payments", what: "the payment runs", url: () => "/en/staff/payments", access: only(...ALL_STAFF) },
  // A run covers every district: only city-wide readers of payments open it (assertCanReadRuns).
  { route: "/staff/payments/[runId]", what: "the latest payment run", url: (fixtures) => `/en/staff/payments/${fixtures.paymentRunId}`, access: only("supervisor", "admin") },
  { route: "/staff/payments/ledger", what: "the payment ledger", url: () => "/en/staff/payments/ledger", access: only(...ALL_STAFF) },
  { route: "/staff/reports", what: "the reports", url: () => "/en/staff/reports", access: only("supervisor", "admin") },

  // Administration.
  { route: "/admin", what: "the staff accounts", url: () => "/en/admin", access: only("admin") },
  { route: "/admin/staff/[userId]", what: "the Turksib caseworker's account", url: (fixtures) => `/en/admin/staff/${fixtures.staffUserId}`, access: only("admin") },
  { route: "/admin/audit", what: "the audit log", url: () => "/en/admin/audit", access: only("admin") },
  { route: "/admin/measures", what: "the measures catalog", url: () => "/en/admin/measures", access: only("admin") },
  { route: "/admin/measures/[measure]", what: "one measure's settings", url: () => "/en/admin/measures/one-time-assistance", access: only("admin") },
  { route: "/admin/rules", what: "the rules", url: () => "/en/admin/rules", access: only("admin") },
  { route: "/admin/rules/parameters/[key]", what: "a parameter's history", url: (fixtures) => `/en/admin/rules/parameters/${fixtures.parameterKey}`, access: only("admin") },
  { route: "/admin/rules/versions/[versionId]", what: "a draft rule version", url: (fixtures) => `/en/admin/rules/versions/${fixtures.ruleVersionId}`, access: only("admin") },
  { route: "/admin/rules/versions/[versionId]/impact", what: "a draft version's impact", url: (fixtures) => `/en/admin/rules/versions/${fixtures.ruleVersionId}/impact`, access: only("admin") },
  { route: "/admin/rules/versions/[versionId]/impact/families", what: "the families a draft affects", url: (fixtures) => `/en/admin/rules/versions/${fixtures.ruleVersionId}/impact/families?measure=ONE_TIME_ASSISTANCE&change=gained`, access: only("admin") },

  // Route handlers.
  { route: "/api/auth/[...nextauth]", what: "the session endpoint", url: () => "/api/auth/session", access: everyone("allowed") },
  { route: "/api/v1/openapi.json", what: "the API description", url: () => "/api/v1/openapi.json", access: everyone("allowed") },
  {
    route: "/api/v1/eligibility", what: "the public eligibility API", method: "POST", url: () => "/api/v1/eligibility", access: everyone("allowed"),
    body: {
      asOf: "2026-03-01", locale: "en",
      family: {
        members: [{ id: "mother", role: "parent", birthDate: "1990-05-14", monthlyIncomeTenge: 60_000 }, { id: "son", role: "child", birthDate: "2015-02-10" }],
        housing: { inHousingQueue: true, ownsHome: false, savingsTenge: 300_000, apartmentPriceTenge: 15_000_000 },
      },
    },
  },
  { route: "/api/documents/[documentId]", what: "citizen A's document", url: (fixtures) => `/api/documents/${fixtures.citizenA.documentId}`, access: only("citizenA", "caseworker", "supervisor", "admin") },
  { route: "/api/certificates/[certificateId]/pdf", what: "citizen A's housing certificate", url: (fixtures) => `/api/certificates/${fixtures.certificate.certificateId}/pdf`, access: only("citizenA", "caseworker", "supervisor", "admin") },
  { route: "/api/reports/[report]", what: "a staff report", url: () => "/api/reports/applications-by-status?locale=en", access: only("supervisor", "admin") },
  // Downloading the bank file marks the run's payments SENT: only the supervisor may.
  { route: "/api/payment-runs/[runId]/bank-file", what: "the latest run's bank file", url: (fixtures) => `/api/payment-runs/${fixtures.paymentRunId}/bank-file`, access: only("supervisor") },
];
