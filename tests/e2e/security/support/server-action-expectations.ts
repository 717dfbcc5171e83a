// Who may call each server action of the build, and how the matrix calls it. Every action
// in .next/server/server-reference-manifest.json must have an entry here (the matrix fails
// naming file#export otherwise). Targets are citizen A's fixture records (Almaly), so
// citizen B and the Turksib caseworker are outsiders to them even where their role may act.
//
// `valid` is a body the allowed roles could really submit: refused roles send it, so a
// broken gate would write (and the fingerprint would show it). `probe` is what the allowed
// roles send: it passes the gate and is answered without writing (a field error, an
// "already done" redirect), proving the role is let in without changing anything.
import { buildIin } from "@/lib/iin";
import { samplePdf } from "@/tests/integration/documents/samples";
import type { FormFields } from "./server-action-call";
import type { ActionOutcome } from "./server-action-outcome";
import { SECURITY_ROLES, type FixtureCitizen, type SecurityFixtures, type SecurityRole } from "./security-roles";

export interface ActionExpectation {
  /** Roles the gate lets in (for citizen A's records where the body names a record). */
  allowed: readonly SecurityRole[];
  /** Why: the permission asked for, or "public". */
  why: string;
  /** The page whose form calls the action (Next runs it there). */
  page: (fixtures: SecurityFixtures) => string;
  /** Arguments before the FormData: bound arguments (slug, member id…), then the previous state. */
  args: (fixtures: SecurityFixtures) => unknown[];
  /** A body an allowed role could really submit; null for actions that take no FormData. */
  valid: ((fixtures: SecurityFixtures) => FormFields) | null;
  /** What an allowed role sends to show it passes the gate without writing. */
  probe: ((fixtures: SecurityFixtures, role: SecurityRole) => FormFields) | null;
  /** The outcomes that show an allowed probe got past the gate. */
  passed: readonly ActionOutcome[];
  /**
   * Tables the allowed probe writes, for the one action with no input that is accepted
   * without writing (sending a consent code takes no fields at all). Empty for all others.
   */
  probeWrites?: readonly string[];
}

const EVERYONE: readonly SecurityRole[] = SECURITY_ROLES;
const CITIZENS: readonly SecurityRole[] = ["citizenA", "citizenB"];
const REVIEWERS: readonly SecurityRole[] = ["caseworker", "supervisor"];
const HOUSING_READERS: readonly SecurityRole[] = ["caseworkerOtherDistrict", "caseworker", "supervisor", "admin"];
const SIGNED_IN: readonly SecurityRole[] = EVERYONE.filter((role) => role !== "anonymous");

const FORM_STATE = { status: "idle", fieldErrors: {}, values: {} };
const DRAFT_SLUG = "utilities-compensation";
const EMPTY: FormFields = [];

function citizenOf(fixtures: SecurityFixtures, role: SecurityRole): FixtureCitizen {
  return role === "citizenB" ? fixtures.citizenB : fixtures.citizenA;
}

function orMissing(id: string | null): string {
  // A seed without such a record still gets a well-formed id: the gate is checked first.
  return id ?? "missing-record";
}

/** Review forms: the application and the version the page showed (fixture submissions are version 1). */
function reviewBody(fixtures: SecurityFixtures, extra: FormFields = []): FormFields {
  return [["applicationId", fixtures.citizenA.submittedApplicationId], ["version", "1"], ...extra];
}

const reviewPage = (fixtures: SecurityFixtures) => `/en/staff/applications/${fixtures.citizenA.submittedApplicationId}`;
const rulesVersionPage = (fixtures: SecurityFixtures) => `/en/admin/rules/versions/${orMissing(fixtures.ruleVersionId)}`;
const staffAccountPage = (fixtures: SecurityFixtures) => `/en/admin/staff/${fixtures.staffUserId}`;
const queueEntryPage = (fixtures: SecurityFixtures) => `/en/staff/housing-queue/${orMissing(fixtures.citizenA.queueEntryId)}`;
const stateArgs = () => [FORM_STATE];
const TODAY = new Date().toISOString().slice(0, 10);
const THIS_MONTH = TODAY.slice(0, 7);

function reviewAction(extra: FormFields): Pick<ActionExpectation, "allowed" | "why" | "page" | "args" | "valid" | "probe" | "passed"> {
  return {
    allowed: REVIEWERS,
    why: "review:application (district or any); A's application is in Almaly",
    page: reviewPage,
    args: stateArgs,
    valid: (fixtures) => reviewBody(fixtures, extra),
    probe: () => EMPTY,
    passed: ["answer"],
  };
}

const memberBody: FormFields = [
  ["fullName", "Security Probe Child"], ["iin", buildIin("2016-05-04", "female", 4242)], ["birthDate", "2016-05-04"],
  ["role", "CHILD"], ["relation", "дочь"], ["education", "SCHOOL"], ["monthlyIncomeTenge", "0"],
];

export const ACTION_EXPECTATIONS: Readonly<Record<string, ActionExpectation>> = {
  // ── public ────────────────────────────────────────────────────────────────
  "lib/auth/actions/sign-in.ts#signInAction": {
    allowed: EVERYONE, why: "public", page: () => "/en/sign-in", args: stateArgs,
    valid: () => [["iin", "000000000000"], ["password", "not-the-password"]],
    probe: () => [["iin", ""], ["password", ""]], passed: ["answer"],
  },
  "lib/accounts/actions/register.ts#registerAction": {
    allowed: EVERYONE, why: "public", page: () => "/en/register", args: stateArgs,
    valid: () => [["fullName", "Probe"], ["iin", ""], ["phone", ""], ["password", ""]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/screener/actions/screener.ts#screenerAction": {
    allowed: EVERYONE, why: "public (writes nothing by design)", page: () => "/en/screener",
    args: () => [{ phase: "count", values: {}, errors: [], revision: 0 }],
    valid: () => EMPTY, probe: () => EMPTY, passed: ["answer"],
  },
  "app/[locale]/(public)/status/lookup-status-action.ts#lookupStatusAction": {
    allowed: EVERYONE, why: "public (reference + birth date are the proof)", page: () => "/en/status", args: stateArgs,
    valid: () => [["reference", ""], ["birthDate", ""]], probe: () => EMPTY, passed: ["answer"],
  },
  "app/[locale]/(public)/verify/check-code-action.ts#checkCodeAction": {
    allowed: EVERYONE, why: "public (certificate verification)", page: () => "/en/verify", args: stateArgs,
    valid: () => [["code", ""]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/auth/actions/sign-out.ts#signOutAction": {
    // Signing out a signed-in role ends its shared session: the matrix calls it with a
    // separate session of each role, last (see server-actions.spec.ts).
    allowed: EVERYONE, why: "public (ends the caller's own session only)", page: () => "/en", args: () => [],
    valid: null, probe: null, passed: ["sign-in"],
  },

  // ── citizens: the family profile ─────────────────────────────────────────
  "lib/families/actions/family-actions.ts#createFamilyAction": {
    allowed: CITIZENS, why: "update:family:own", page: () => "/en/family/new", args: stateArgs,
    valid: () => [["district", "ALMALY"], ["address", "Security probe street 1"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/families/actions/family-actions.ts#updateAddressAction": {
    allowed: CITIZENS, why: "update:family:own", page: () => "/en/family/address", args: stateArgs,
    valid: () => [["district", "TURKSIB"], ["address", "Security probe street 2"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/families/actions/family-actions.ts#updateSituationAction": {
    allowed: CITIZENS, why: "update:family:own", page: () => "/en/family/situation", args: stateArgs,
    valid: () => [["difficultLifeSituation", "Security probe situation text"]],
    probe: () => [["difficultLifeSituation", "x".repeat(2_001)]], passed: ["answer"],
  },
  "lib/families/actions/family-actions.ts#saveHousingAction": {
    allowed: CITIZENS, why: "update:family:own", page: () => "/en/family/housing", args: stateArgs,
    valid: () => [["inHousingQueue", "on"], ["savingsTenge", "1000"], ["apartmentPriceTenge", ""]], probe: () => [["savingsTenge", "not-a-number"]], passed: ["answer"],
  },
  "lib/families/actions/family-actions.ts#updateOtherIncomeAction": {
    allowed: CITIZENS, why: "update:family:own", page: () => "/en/family/income", args: stateArgs,
    valid: () => [["otherMonthlyIncomeTenge", "12345"]], probe: () => [["otherMonthlyIncomeTenge", "not-a-number"]], passed: ["answer"],
  },
  "lib/families/actions/member-actions.ts#addMemberAction": {
    allowed: CITIZENS, why: "update:family:own", page: () => "/en/family/members/new", args: stateArgs,
    valid: () => memberBody, probe: () => EMPTY, passed: ["answer"],
  },
  "lib/families/actions/member-actions.ts#updateMemberAction": {
    allowed: ["citizenA"], why: "update:family:own; the bound member is A's", page: (f) => `/en/family/members/${orMissing(f.citizenA.memberId)}`,
    args: (f) => [orMissing(f.citizenA.memberId), FORM_STATE], valid: () => memberBody, probe: () => EMPTY, passed: ["answer"],
  },
  "lib/families/actions/member-actions.ts#removeMemberAction": {
    allowed: ["citizenA"], why: "update:family:own; the bound member is A's", page: (f) => `/en/family/members/${orMissing(f.citizenA.memberId)}/remove`,
    // The remove form has no fields: the probe's stray field is refused before anything is removed.
    args: (f) => [orMissing(f.citizenA.memberId), FORM_STATE], valid: () => EMPTY, probe: () => [["probe", "1"]], passed: ["answer"],
  },

  // ── citizens: applying ───────────────────────────────────────────────────
  "lib/applications/drafts/actions/start-draft-action.ts#startDraftAction": {
    // Each fixture citizen already has a utilities-compensation draft: starting it again only leads to it.
    allowed: CITIZENS, why: "create:application:own", page: () => `/en/apply/${DRAFT_SLUG}`, args: () => [DRAFT_SLUG],
    valid: null, probe: null, passed: ["redirect"],
  },
  "lib/applications/drafts/actions/save-step-action.ts#saveStepAction": {
    allowed: CITIZENS, why: "create:application:own", page: () => `/en/apply/${DRAFT_SLUG}/step/situation`,
    args: () => [DRAFT_SLUG, "situation", "", FORM_STATE],
    valid: () => [["situation", "Security probe: a situation long enough to be valid."]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/consent/actions/send-consent-code-action.ts#sendConsentCodeAction": {
    allowed: CITIZENS, why: "create:application:own", page: () => `/en/apply/${DRAFT_SLUG}/consent`,
    args: () => [DRAFT_SLUG, FORM_STATE], valid: () => EMPTY, probe: () => EMPTY, passed: ["answer", "redirect"],
    probeWrites: ["AuditLog", "ConsentChallenge", "Notification"],
  },
  "lib/consent/actions/confirm-consent-action.ts#confirmConsentAction": {
    allowed: CITIZENS, why: "create:application:own", page: () => `/en/apply/${DRAFT_SLUG}/consent`,
    args: () => [DRAFT_SLUG, FORM_STATE], valid: () => [["code", "123456"], ["applicantAgrees", "yes"]], probe: () => [["code", "x"]], passed: ["answer"],
  },
  "lib/applications/drafts/actions/submit-application-action.ts#submitApplicationAction": {
    // The probe submits the caller's own already-submitted application: "already submitted" leads to its confirmation.
    allowed: CITIZENS, why: "create:application:own; the draft is A's", page: () => `/en/apply/${DRAFT_SLUG}/check`, args: () => [DRAFT_SLUG, FORM_STATE],
    valid: (f) => [["applicationId", f.citizenA.draftApplicationId]],
    probe: (f, role) => [["applicationId", citizenOf(f, role).submittedApplicationId]], passed: ["redirect"],
  },
  "lib/documents/actions/save-application-documents.ts#saveApplicationDocumentsAction": {
    allowed: CITIZENS, why: "update:application:own; the draft is A's", page: () => `/en/apply/${DRAFT_SLUG}/check`,
    args: () => [{ status: "idle", revision: 0 }],
    valid: (f) => [["applicationId", f.citizenA.draftApplicationId], ["documentId", f.citizenA.documentId]],
    probe: () => [["probe", "1"]], passed: ["answer"],
  },

  // ── citizens: their applications, documents, notifications ──────────────
  "lib/applications/family-actions/actions/withdraw-application.ts#withdrawApplicationAction": {
    allowed: ["citizenA"], why: "update:application:own; the application is A's", page: (f) => `/en/applications/${f.citizenA.submittedApplicationId}/withdraw`,
    args: stateArgs, valid: (f) => [["applicationId", f.citizenA.submittedApplicationId], ["version", "1"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/applications/family-actions/actions/appeal-rejection.ts#appealRejectionAction": {
    allowed: ["citizenA"], why: "update:application:own; the application is A's", page: (f) => `/en/applications/${f.citizenA.submittedApplicationId}/appeal`,
    args: stateArgs, valid: (f) => [["applicationId", f.citizenA.submittedApplicationId], ["version", "1"], ["reason", "Security probe appeal reason text"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/applications/family-actions/actions/answer-information-request.ts#answerInformationRequestAction": {
    allowed: ["citizenA"], why: "update:application:own; the application is A's", page: (f) => `/en/applications/${f.citizenA.submittedApplicationId}/respond`,
    args: stateArgs, valid: (f) => [["applicationId", f.citizenA.submittedApplicationId], ["version", "1"], ["message", "Security probe answer text"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/documents/actions/upload-document.ts#uploadDocumentAction": {
    allowed: CITIZENS, why: "create:document:own", page: () => "/en/documents", args: stateArgs,
    valid: () => [["kind", "INCOME_STATEMENT"], ["file", { name: "probe.pdf", mimeType: "application/pdf", content: Buffer.from(samplePdf("security probe")) }]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/documents/actions/delete-document.ts#deleteDocumentAction": {
    // The spec attaches each citizen's document to their submitted application first, so the
    // owner's delete is answered "in a submitted application" and nothing is deleted.
    allowed: ["citizenA"], why: "create:document:own; the document is A's", page: (f) => `/en/documents/${f.citizenA.documentId}/delete`,
    args: stateArgs, valid: (f) => [["documentId", f.citizenA.documentId]], probe: (f) => [["documentId", f.citizenA.documentId]], passed: ["answer"],
  },
  "lib/notifications/actions/mark-read.ts#markReadAction": {
    // Any signed-in person reads their own notifications; "all read" with none unread changes nothing.
    allowed: SIGNED_IN, why: "signed in (own notifications)", page: () => "/en/notifications", args: () => [],
    valid: () => [["all", "1"]], probe: () => [["all", "1"]], passed: ["answer"],
  },

  // ── staff: the work queue and review ─────────────────────────────────────
  "lib/work-queue/actions/claim-application.ts#claimApplicationAction": {
    allowed: REVIEWERS, why: "review:application; A's application is in Almaly", page: () => "/en/staff", args: () => [],
    valid: (f) => reviewBody(f, [["returnTo", ""]]), probe: () => EMPTY, passed: ["redirect"],
  },
  "lib/work-queue/actions/assign-application.ts#assignApplicationAction": {
    allowed: ["supervisor"], why: "assign:application:any", page: (f) => `/en/staff/assign/${f.citizenA.submittedApplicationId}`, args: () => [],
    valid: (f) => reviewBody(f, [["assigneeId", "usr_demo_caseworker"], ["returnTo", ""]]),
    // An unknown id is answered with the queue's "not understood" notice.
    probe: () => [["applicationId", ""]], passed: ["redirect"],
  },
  "lib/review/actions/start-review.ts#startReviewAction": reviewAction([]),
  "lib/review/actions/resume-review.ts#resumeReviewAction": reviewAction([]),
  "lib/review/actions/add-internal-note.ts#addInternalNoteAction": reviewAction([["note", "Security probe note"]]),
  "lib/review/actions/approve-application.ts#approveApplicationAction": reviewAction([["amountTenge", "150000"]]),
  "lib/review/actions/confirm-approval.ts#confirmApprovalAction": reviewAction([]),
  "lib/review/actions/return-approval.ts#returnApprovalAction": reviewAction([["returnReason", "Security probe return reason"]]),
  "lib/review/actions/reject-application.ts#rejectApplicationAction": reviewAction([["reasonCode", "DOCUMENTS_INCOMPLETE"], ["explanation", "Security probe explanation"]]),
  "lib/review/actions/request-information.ts#requestInformationAction": reviewAction([["requestMessage", "Security probe request"], ["respondBy", TODAY]]),

  // ── staff: housing queue ─────────────────────────────────────────────────
  "lib/housing-queue/actions/filter-queue.ts#filterQueueAction": {
    allowed: HOUSING_READERS, why: "read:housing:any (reads only)", page: () => "/en/staff/housing-queue", args: () => [],
    valid: () => [["q", ""]], probe: () => EMPTY, passed: ["redirect"],
  },
  "lib/housing-queue/actions/change-entry.ts#changeCategoryAction": {
    allowed: ["supervisor"], why: "manage:housing:any", page: queueEntryPage, args: stateArgs,
    valid: (f) => [["entryId", orMissing(f.citizenA.queueEntryId)], ["version", new Date().toISOString()], ["category", "CHILD_WITH_DISABILITY"], ["reason", "Security probe"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/housing-queue/actions/change-entry.ts#removeEntryAction": {
    allowed: ["supervisor"], why: "manage:housing:any", page: queueEntryPage, args: stateArgs,
    valid: (f) => [["entryId", orMissing(f.citizenA.queueEntryId)], ["version", new Date().toISOString()], ["reason", "Security probe"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/housing-queue/actions/change-entry.ts#restoreEntryAction": {
    allowed: ["supervisor"], why: "manage:housing:any", page: queueEntryPage, args: stateArgs,
    valid: (f) => [["entryId", orMissing(f.citizenA.queueEntryId)], ["version", new Date().toISOString()], ["reason", "Security probe"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/housing-queue/actions/allocate.ts#allocationAction": {
    allowed: ["supervisor"], why: "manage:housing:any", page: () => "/en/staff/housing-queue/allocations/new", args: stateArgs,
    valid: () => [["intent", "preview"], ["title", "Security probe"], ["flats", "1"], ["reserveSize", "0"], ["reason", "Security probe"]],
    probe: () => [["intent", "preview"]], passed: ["answer"],
  },
  "lib/housing-queue/actions/decline-flat.ts#declineFlatAction": {
    allowed: ["supervisor"], why: "manage:housing:any", page: (f) => `/en/staff/housing-queue/allocations/${orMissing(f.allocationId)}`, args: stateArgs,
    valid: (f) => [["allocationId", orMissing(f.allocationId)], ["entryId", orMissing(f.citizenA.queueEntryId)], ["version", new Date().toISOString()], ["reason", "Security probe"]],
    probe: () => EMPTY, passed: ["answer"],
  },

  // ── staff: payments ──────────────────────────────────────────────────────
  "lib/payments/actions/run-payments-action.ts#runPaymentsAction": {
    allowed: ["supervisor"], why: "run:payment:any", page: () => "/en/staff/payments", args: stateArgs,
    valid: () => [["periodMonth", THIS_MONTH]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/payments/actions/import-confirmation-action.ts#importConfirmationAction": {
    allowed: ["supervisor"], why: "run:payment:any", page: (f) => `/en/staff/payments/${orMissing(f.paymentRunId)}`,
    args: () => [{ status: "idle", fieldErrors: {}, problems: [], values: {} }],
    valid: (f) => [["runId", orMissing(f.paymentRunId)], ["file", { name: "confirmation.csv", mimeType: "text/csv", content: Buffer.from("reference;status\n") }]],
    // Without a file: "choose a file", nothing imported.
    probe: (f) => [["runId", orMissing(f.paymentRunId)]], passed: ["answer"],
  },

  // ── administrators: staff accounts ───────────────────────────────────────
  "lib/staff/actions/create-staff-account.ts#createStaffAccountAction": {
    allowed: ["admin"], why: "manage:staff:any", page: () => "/en/admin", args: stateArgs,
    valid: () => [["fullName", "Security Probe Staff"], ["iin", buildIin("1985-03-03", "male", 4343)], ["phone", "+77012345678"], ["role", "CASEWORKER"], ["district", "ALMALY"], ["password", "Security-Probe-Password-2026"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/staff/actions/update-staff-access.ts#updateStaffAccessAction": {
    allowed: ["admin"], why: "manage:staff:any", page: staffAccountPage, args: stateArgs,
    valid: (f) => [["userId", f.staffUserId], ["role", "SUPERVISOR"], ["district", ""]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/staff/actions/set-staff-account-disabled.ts#setStaffAccountDisabledAction": {
    allowed: ["admin"], why: "manage:staff:any", page: staffAccountPage, args: stateArgs,
    valid: (f) => [["userId", f.staffUserId], ["disabled", "true"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/staff/actions/reset-staff-password.ts#resetStaffPasswordAction": {
    allowed: ["admin"], why: "manage:staff:any", page: staffAccountPage, args: stateArgs,
    valid: (f) => [["userId", f.staffUserId], ["password", "Security-Probe-Reset-2026"]], probe: () => EMPTY, passed: ["answer"],
  },

  // ── administrators: rules and the measures catalog ──────────────────────
  "lib/rules/actions/create-draft.ts#createDraftAction": {
    allowed: ["admin"], why: "edit:rules:any", page: () => "/en/admin/rules", args: stateArgs,
    valid: () => [["title", "Security probe draft"], ["reason", "Security probe reason"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/rules/actions/update-draft.ts#updateDraftAction": {
    allowed: ["admin"], why: "edit:rules:any", page: rulesVersionPage, args: stateArgs,
    valid: (f) => [["versionId", orMissing(f.ruleVersionId)], ["title", "Security probe draft"], ["reason", "Security probe reason"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/rules/actions/add-change.ts#addChangeAction": {
    allowed: ["admin"], why: "edit:rules:any", page: rulesVersionPage, args: stateArgs,
    valid: (f) => [["versionId", orMissing(f.ruleVersionId)], ["key", orMissing(f.parameterKey)], ["value", "1"], ["effectiveFrom", "2099-01-01"], ["source", "Security probe"]],
    probe: () => EMPTY, passed: ["answer"],
  },
  "lib/rules/actions/version-step.ts#removeChangeAction": {
    allowed: ["admin"], why: "edit:rules:any", page: rulesVersionPage, args: stateArgs,
    valid: (f) => [["versionId", orMissing(f.ruleVersionId)], ["changeId", "missing-change"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/rules/actions/version-step.ts#submitDraftAction": {
    allowed: ["admin"], why: "edit:rules:any", page: rulesVersionPage, args: stateArgs,
    valid: (f) => [["versionId", orMissing(f.ruleVersionId)]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/rules/actions/version-step.ts#withdrawDraftAction": {
    allowed: ["admin"], why: "edit:rules:any", page: rulesVersionPage, args: stateArgs,
    valid: (f) => [["versionId", orMissing(f.ruleVersionId)]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/rules/actions/publish-version.ts#publishVersionAction": {
    allowed: ["admin"], why: "edit:rules:any", page: rulesVersionPage, args: stateArgs,
    valid: (f) => [["versionId", orMissing(f.ruleVersionId)], ["password", "Bakytty-Demo-2026"]], probe: () => EMPTY, passed: ["answer"],
  },
  "lib/measures-catalog/actions/update-measure-setting-action.ts#updateMeasureSettingAction": {
    allowed: ["admin"], why: "edit:rules:any", page: () => "/en/admin/measures/scholarship", args: stateArgs,
    valid: () => [
      ["measure", "SCHOLARSHIP"], ["status", "PAUSED"], ["windowStartsOn", ""], ["windowEndsOn", ""], ["quota", ""],
      ["noticeKk", "Қауіпсіздік тексеруі"], ["noticeRu", "Проверка безопасности"], ["noticeEn", "Security probe"],
    ],
    probe: () => EMPTY, passed: ["answer"],
  },
};
