// Every "use server" action file, with what each of its actions parses and the data
// function it then calls (as an authorized person). The fuzz suite runs them all; its
// first test fails naming any action file or exported action missing here, so a new
// action joins the registry (and the fuzzing) or the suite stays red.
import type { z } from "zod";
import { registerCitizen, registerCitizenSchema } from "@/lib/accounts/register-citizen";
import { lookupApplicationStatus, statusLookupSchema } from "@/lib/applications/lookup-application-status";
import { saveDraftStep } from "@/lib/applications/drafts/save-draft-step";
import { submitSchema } from "@/lib/applications/drafts/actions/submit-schema";
import { submitApplication } from "@/lib/applications/drafts/submit-application";
import { answerInformationRequest, answerInformationRequestSchema } from "@/lib/applications/family-actions/answer-information-request";
import { appealRejection, appealRejectionSchema } from "@/lib/applications/family-actions/appeal-rejection";
import { withdrawApplication, withdrawApplicationSchema } from "@/lib/applications/family-actions/withdraw-application";
import { FLOWS, type StepId } from "@/lib/applications/flows/flow-definitions";
import { STEP_SCHEMAS, parseStep, stepFormRecord } from "@/lib/applications/flows/step-schemas";
import { verificationCodeSchema } from "@/lib/certificates/verification-token";
import { confirmConsent, confirmConsentSchema } from "@/lib/consent/confirm-consent";
import { sendConsentCode } from "@/lib/consent/send-consent-code";
import { applicationDocumentsSchema, setApplicationDocuments } from "@/lib/documents/application-documents";
import { deleteDocument } from "@/lib/documents/delete-document";
import { recordIdField } from "@/lib/documents/document-id";
import { uploadDocument, uploadDocumentSchema } from "@/lib/documents/upload-document";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { addFamilyMember } from "@/lib/families/add-family-member";
import { createOwnFamily } from "@/lib/families/create-own-family";
import { difficultSituationSchema, familyAddressSchema, housingSchema, otherIncomeSchema } from "@/lib/families/family-schemas";
import { memberSchema } from "@/lib/families/member-schema";
import { removeFamilyMember } from "@/lib/families/remove-family-member";
import { saveOwnHousing } from "@/lib/families/save-own-housing";
import { updateFamilyMember } from "@/lib/families/update-family-member";
import { updateOwnFamily } from "@/lib/families/update-own-family";
import { formDataToRecord } from "@/lib/forms/parse-form";
import { allocateFlats } from "@/lib/housing-queue/allocate-flats";
import { allocationConfirmSchema, allocationRequestSchema } from "@/lib/housing-queue/allocation-schemas";
import { changeQueueCategory, removeFromQueue, restoreToQueue } from "@/lib/housing-queue/change-queue-entry";
import { declineFlat } from "@/lib/housing-queue/decline-flat";
import { changeCategorySchema, declineFlatSchema, removeEntrySchema, restoreEntrySchema } from "@/lib/housing-queue/entry-change-schemas";
import { findEntryByIin } from "@/lib/housing-queue/find-entry-by-iin";
import { previewAllocation } from "@/lib/housing-queue/preview-allocation";
import { looksLikeIin, queueFilterSchema } from "@/lib/housing-queue/queue-search";
import { measureSettingSchema } from "@/lib/measures-catalog/measure-setting-schema";
import { updateMeasureSetting } from "@/lib/measures-catalog/update-measure-setting";
import { markNotificationsRead, markNotificationsReadSchema } from "@/lib/notifications/mark-notifications-read";
import { db } from "@/lib/db/client";
import { importConfirmation } from "@/lib/payments/confirmation/import-confirmation";
import { runPayments } from "@/lib/payments/run-payments";
import { runPaymentsSchema } from "@/lib/payments/run-payments-schema";
import { addInternalNote, addInternalNoteSchema } from "@/lib/review/add-internal-note";
import { approveApplication, approveApplicationSchema } from "@/lib/review/approve-application";
import { confirmApproval, confirmApprovalSchema } from "@/lib/review/confirm-approval";
import { rejectApplication, rejectApplicationSchema } from "@/lib/review/reject-application";
import { requestInformation, requestInformationSchema } from "@/lib/review/request-information";
import { resumeReview, resumeReviewSchema } from "@/lib/review/resume-review";
import { returnApproval, returnApprovalSchema } from "@/lib/review/return-approval";
import { startReview, startReviewSchema } from "@/lib/review/start-review";
import { addDraftChange } from "@/lib/rules/add-draft-change";
import { createDraft } from "@/lib/rules/create-draft";
import { firstAllowedEffectiveDate } from "@/lib/rules/dates";
import { addChangeSchema, draftDetailsSchema, publishSchema, removeChangeSchema, updateDraftSchema, versionIdSchema } from "@/lib/rules/draft-schemas";
import { publishVersion } from "@/lib/rules/publish-version";
import { removeDraftChange } from "@/lib/rules/remove-draft-change";
import { submitDraft } from "@/lib/rules/submit-draft";
import { updateDraft } from "@/lib/rules/update-draft";
import { withdrawDraft } from "@/lib/rules/withdraw-draft";
import { handleScreenerForm } from "@/lib/screener/handle-screener-form";
import { createStaffAccount, createStaffAccountSchema } from "@/lib/staff/create-staff-account";
import { resetStaffPassword, resetStaffPasswordSchema } from "@/lib/staff/reset-staff-password";
import { setStaffAccountDisabled, setStaffAccountDisabledSchema } from "@/lib/staff/set-staff-account-disabled";
import { updateStaffAccess, updateStaffAccessSchema } from "@/lib/staff/update-staff-access";
import { assignApplication, assignApplicationSchema } from "@/lib/work-queue/assign-application";
import { claimApplication, claimApplicationSchema } from "@/lib/work-queue/claim-application";
import { returnToField } from "@/lib/work-queue/fields";
import { z as zod } from "zod";
import type { FuzzFixtures } from "./fuzz-fixtures";

/** How an action reads a form: its schema's result, or the refusal (field errors / unexpected fields). */
export type FormReading = { ok: true; data: unknown } | { ok: false; fieldErrors: Record<string, string>; hasUnexpectedFields: boolean };

export interface FuzzTarget {
  /** The exported action function(s) this target stands for. */
  actions: string[];
  /** The schema the action parses with (its fields and values seed the fuzzer). */
  schema: z.ZodType;
  /** The action's own reading of the form when it is not parseForm(schema, formData). */
  read?: (form: FormData) => FormReading;
  /** The data function the action calls after a successful parse, as an authorized person. */
  run: (data: never, people: FuzzFixtures) => Promise<unknown>;
  /** Tables a refusal writes on purpose (a throttle counter, a security audit entry), and why. */
  refusalWrites?: { tables: string[]; why: string };
}

export type RegistryEntry = { targets: FuzzTarget[] } | { noFormInput: string };

/** Keeps each target's data function typed against its schema's output. */
function target<Schema extends z.ZodType>(spec: Omit<FuzzTarget, "schema" | "run"> & { schema: Schema; run: (data: z.output<Schema>, people: FuzzFixtures) => Promise<unknown> }): FuzzTarget {
  return spec as unknown as FuzzTarget;
}

/** zod issues as parseForm reports them (the first message per field; unrecognized keys flagged). */
function readingOf(result: { success: true; data: unknown } | { success: false; error: z.ZodError }): FormReading {
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  let hasUnexpectedFields = false;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") hasUnexpectedFields = true;
    else fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  }
  return { ok: false, fieldErrors, hasUnexpectedFields };
}

/** The first measure whose flow has the step (the action only accepts such pairs). */
function measureWithStep(step: StepId): MeasureCode {
  const measure = (Object.keys(FLOWS) as MeasureCode[]).find((code) => (FLOWS[code].steps as readonly string[]).includes(step));
  if (!measure) throw new Error(`no flow has the step ${step}`);
  return measure;
}

const saveStepTargets = (Object.keys(STEP_SCHEMAS) as StepId[]).map((step) =>
  target({
    actions: ["saveStepAction"],
    schema: STEP_SCHEMAS[step],
    read: (form) => parseStep(step, stepFormRecord(step, form)),
    run: (data, people) => saveDraftStep(people.citizen, measureWithStep(step), step, data, { now: new Date() }),
  }),
);

// The smallest PDF the upload check accepts (signature and end marker).
const TINY_PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
// Schemas declared inside "use server" files, which may export only functions: rebuilt here
// from the same fields (the report asks their owners to move them into modules of their own).
const deleteDocumentSchema = zod.strictObject({ documentId: recordIdField });
const importConfirmationSchema = zod.strictObject({ runId: zod.string().trim().min(1).max(64) });
// The consent "send code" button and the member "remove" button post nothing of their own.
const emptySchema = zod.strictObject({});

export const ACTION_REGISTRY: Record<string, RegistryEntry> = {
  "app/[locale]/(public)/status/lookup-status-action.ts": {
    targets: [
      target({
        actions: ["lookupStatusAction"],
        schema: statusLookupSchema,
        run: (data) => lookupApplicationStatus(data, { address: `fuzz-${Math.random()}` }),
      }),
    ],
  },
  "app/[locale]/(public)/verify/check-code-action.ts": {
    // The action calls no data function: a parsed code only becomes the /verify/<code> redirect
    // (the page's lookup is the certificates suite's). Its schema's refusals are fuzzed.
    targets: [target({ actions: ["checkCodeAction"], schema: verificationCodeSchema, run: async () => null })],
  },
  "lib/accounts/actions/register.ts": {
    targets: [target({ actions: ["registerAction"], schema: registerCitizenSchema, run: (data) => registerCitizen(data) })],
  },
  "lib/applications/drafts/actions/save-step-action.ts": { targets: saveStepTargets },
  "lib/applications/drafts/actions/start-draft-action.ts": { noFormInput: "startDraftAction posts no form: only the bound measure slug, checked by measureFromSlug" },
  "lib/applications/drafts/actions/submit-application-action.ts": {
    targets: [target({ actions: ["submitApplicationAction"], schema: submitSchema, run: (data, people) => submitApplication(people.citizen, data.applicationId, { now: new Date() }) })],
  },
  "lib/applications/family-actions/actions/answer-information-request.ts": {
    targets: [target({ actions: ["answerInformationRequestAction"], schema: answerInformationRequestSchema, run: (data, people) => answerInformationRequest(people.citizen, data) })],
  },
  "lib/applications/family-actions/actions/appeal-rejection.ts": {
    targets: [target({ actions: ["appealRejectionAction"], schema: appealRejectionSchema, run: (data, people) => appealRejection(people.citizen, data) })],
  },
  "lib/applications/family-actions/actions/withdraw-application.ts": {
    targets: [target({ actions: ["withdrawApplicationAction"], schema: withdrawApplicationSchema, run: (data, people) => withdrawApplication(people.citizen, data) })],
  },
  "lib/auth/actions/sign-in.ts": { noFormInput: "signInAction parses no schema: Auth.js's credentials provider reads iin and password (the security suite's sign-in tests)" },
  "lib/auth/actions/sign-out.ts": { noFormInput: "signOutAction posts no form" },
  "lib/consent/actions/confirm-consent-action.ts": {
    targets: [
      target({
        actions: ["confirmConsentAction"],
        schema: confirmConsentSchema,
        read: (form) => readingOf(confirmConsentSchema.safeParse({ ...formDataToRecord(form), confirmMemberIds: form.getAll("confirmMemberIds").filter((value) => typeof value === "string") })),
        run: (data, people) => confirmConsent(people.citizen, data, { now: new Date() }),
      }),
    ],
  },
  "lib/consent/actions/send-consent-code-action.ts": {
    targets: [
      target({
        actions: ["sendConsentCodeAction"],
        schema: emptySchema,
        run: (_data, people) => sendConsentCode(people.citizen, { now: new Date(), renderBody: (code) => `code ${code}` }),
      }),
    ],
  },
  "lib/documents/actions/delete-document.ts": {
    targets: [target({ actions: ["deleteDocumentAction"], schema: deleteDocumentSchema, run: (data, people) => deleteDocument(people.citizen, data.documentId) })],
  },
  "lib/documents/actions/save-application-documents.ts": {
    targets: [
      target({
        actions: ["saveApplicationDocumentsAction"],
        schema: applicationDocumentsSchema,
        read: (form) => {
          if ([...form.keys()].some((key) => key !== "applicationId" && key !== "documentId")) return { ok: false, fieldErrors: {}, hasUnexpectedFields: true };
          return readingOf(applicationDocumentsSchema.safeParse({ applicationId: form.get("applicationId"), documentIds: form.getAll("documentId") }));
        },
        run: (data, people) => setApplicationDocuments(people.citizen, data.applicationId, data.documentIds),
      }),
    ],
  },
  "lib/documents/actions/upload-document.ts": {
    targets: [
      target({
        actions: ["uploadDocumentAction"],
        schema: uploadDocumentSchema,
        run: (data, people) => uploadDocument(people.citizen, { kind: data.kind, originalName: "fuzz.pdf", declaredType: "application/pdf", content: TINY_PDF }),
      }),
    ],
  },
  "lib/families/actions/family-actions.ts": {
    targets: [
      target({ actions: ["createFamilyAction"], schema: familyAddressSchema, run: (data, people) => createOwnFamily(people.citizen, data) }),
      target({ actions: ["updateAddressAction"], schema: familyAddressSchema, run: (data, people) => updateOwnFamily(people.citizen, data) }),
      target({ actions: ["updateOtherIncomeAction"], schema: otherIncomeSchema, run: (data, people) => updateOwnFamily(people.citizen, data) }),
      target({ actions: ["updateSituationAction"], schema: difficultSituationSchema, run: (data, people) => updateOwnFamily(people.citizen, data) }),
      target({ actions: ["saveHousingAction"], schema: housingSchema, run: (data, people) => saveOwnHousing(people.citizen, data) }),
    ],
  },
  "lib/families/actions/member-actions.ts": {
    targets: [
      target({ actions: ["addMemberAction"], schema: memberSchema, run: (data, people) => addFamilyMember(people.citizen, data) }),
      target({ actions: ["updateMemberAction"], schema: memberSchema, run: async (data, people) => updateFamilyMember(people.citizen, (await firstMemberId(people)) ?? "missing", data) }),
      // The member's id is bound by the page, not posted; an id outside the family keeps the
      // fixture family whole for the other targets (removal itself is the families suite's).
      target({ actions: ["removeMemberAction"], schema: emptySchema, run: (_data, people) => removeFamilyMember(people.citizen, "not-a-member-of-this-family") }),
    ],
  },
  "lib/housing-queue/actions/allocate.ts": {
    targets: [
      target({ actions: ["allocationAction"], schema: allocationRequestSchema, run: (data, people) => previewAllocation(people.admin, data) }),
      target({ actions: ["allocationAction"], schema: allocationConfirmSchema, run: (data, people) => allocateFlats(people.admin, data) }),
    ],
  },
  "lib/housing-queue/actions/change-entry.ts": {
    targets: [
      target({ actions: ["changeCategoryAction"], schema: changeCategorySchema, run: (data, people) => changeQueueCategory(people.admin, data) }),
      target({ actions: ["removeEntryAction"], schema: removeEntrySchema, run: (data, people) => removeFromQueue(people.admin, data) }),
      target({ actions: ["restoreEntryAction"], schema: restoreEntrySchema, run: (data, people) => restoreToQueue(people.admin, data) }),
    ],
  },
  "lib/housing-queue/actions/decline-flat.ts": {
    targets: [target({ actions: ["declineFlatAction"], schema: declineFlatSchema, run: (data, people) => declineFlat(people.admin, data) })],
  },
  "lib/housing-queue/actions/filter-queue.ts": {
    targets: [
      target({
        actions: ["filterQueueAction"],
        schema: queueFilterSchema,
        run: async (data, people) => (data.q && looksLikeIin(data.q) ? findEntryByIin(people.admin, data.q) : undefined),
      }),
    ],
  },
  "lib/measures-catalog/actions/update-measure-setting-action.ts": {
    targets: [target({ actions: ["updateMeasureSettingAction"], schema: measureSettingSchema, run: (data, people) => updateMeasureSetting(people.admin, data) })],
  },
  "lib/notifications/actions/mark-read.ts": {
    targets: [target({ actions: ["markReadAction"], schema: markNotificationsReadSchema, run: (data, people) => markNotificationsRead(people.citizen, data) })],
  },
  "lib/payments/actions/import-confirmation-action.ts": {
    targets: [
      target({
        actions: ["importConfirmationAction"],
        schema: importConfirmationSchema,
        run: (data, people) => importConfirmation(people.supervisor, { runId: data.runId, content: new TextEncoder().encode("reference;status\n") }, new Date(), db),
      }),
    ],
  },
  "lib/payments/actions/run-payments-action.ts": {
    targets: [target({ actions: ["runPaymentsAction"], schema: runPaymentsSchema, run: (data, people) => runPayments(people.supervisor, data, new Date(), db) })],
  },
  "lib/review/actions/add-internal-note.ts": { targets: [target({ actions: ["addInternalNoteAction"], schema: addInternalNoteSchema, run: (data, people) => addInternalNote(people.caseworker, data) })] },
  "lib/review/actions/approve-application.ts": { targets: [target({ actions: ["approveApplicationAction"], schema: approveApplicationSchema, run: (data, people) => approveApplication(people.caseworker, data) })] },
  "lib/review/actions/confirm-approval.ts": { targets: [target({ actions: ["confirmApprovalAction"], schema: confirmApprovalSchema, run: (data, people) => confirmApproval(people.supervisor, data) })] },
  "lib/review/actions/reject-application.ts": { targets: [target({ actions: ["rejectApplicationAction"], schema: rejectApplicationSchema, run: (data, people) => rejectApplication(people.caseworker, data) })] },
  "lib/review/actions/request-information.ts": { targets: [target({ actions: ["requestInformationAction"], schema: requestInformationSchema, run: (data, people) => requestInformation(people.caseworker, data) })] },
  "lib/review/actions/resume-review.ts": { targets: [target({ actions: ["resumeReviewAction"], schema: resumeReviewSchema, run: (data, people) => resumeReview(people.caseworker, data) })] },
  "lib/review/actions/return-approval.ts": { targets: [target({ actions: ["returnApprovalAction"], schema: returnApprovalSchema, run: (data, people) => returnApproval(people.supervisor, data) })] },
  "lib/review/actions/start-review.ts": { targets: [target({ actions: ["startReviewAction"], schema: startReviewSchema, run: (data, people) => startReview(people.caseworker, data) })] },
  "lib/rules/actions/add-change.ts": {
    targets: [target({ actions: ["addChangeAction"], schema: addChangeSchema(firstAllowedEffectiveDate(new Date())), run: (data, people) => addDraftChange(people.admin, data) })],
  },
  "lib/rules/actions/create-draft.ts": { targets: [target({ actions: ["createDraftAction"], schema: draftDetailsSchema, run: (data, people) => createDraft(people.admin, data) })] },
  "lib/rules/actions/publish-version.ts": {
    targets: [
      target({
        actions: ["publishVersionAction"],
        schema: publishSchema,
        run: (data, people) => publishVersion(people.admin, data, { now: new Date() }),
        refusalWrites: { tables: ["RateLimitBucket", "AuditLog"], why: "every password attempt is counted, and a wrong one is audited (rules.version.publish-refused)" },
      }),
    ],
  },
  "lib/rules/actions/update-draft.ts": { targets: [target({ actions: ["updateDraftAction"], schema: updateDraftSchema, run: (data, people) => updateDraft(people.admin, data) })] },
  "lib/rules/actions/version-step.ts": {
    targets: [
      target({ actions: ["removeChangeAction"], schema: removeChangeSchema, run: (data, people) => removeDraftChange(people.admin, data) }),
      target({ actions: ["submitDraftAction"], schema: versionIdSchema, run: (data, people) => submitDraft(people.admin, data.versionId, new Date()) }),
      target({ actions: ["withdrawDraftAction"], schema: versionIdSchema, run: (data, people) => withdrawDraft(people.admin, data.versionId) }),
    ],
  },
  "lib/screener/actions/screener.ts": {
    // The screener reads its own form (members.<n>.<field> rows) and writes nothing.
    targets: [
      {
        actions: ["screenerAction"],
        // Not its schema (that one is private to read-screener-form.ts): the fields it reads, to seed the fuzzer.
        schema: zod.strictObject({ intent: zod.enum(["count", "add", "edit", "check", "remove:0", "remove:1"]), householdSize: zod.enum(["1", "2", "4", "6"]), "members.0.role": zod.enum(["PARENT", "CHILD"]), "members.0.birthDate": zod.string(), "members.0.monthlyIncome": zod.string(), "members.1.role": zod.string(), inHousingQueue: zod.literal("on"), savings: zod.string() }),
        // Its reading is part of what is fuzzed: the form goes to the handler as posted.
        read: (form) => ({ ok: true, data: form }),
        run: ((form: FormData) => handleScreenerForm(form, { today: "2026-11-26", locale: "ru", labels: { memberId: (index) => `#${index + 1}`, difficultSituation: "declared" } })) as FuzzTarget["run"],
      },
    ],
  },
  "lib/staff/actions/create-staff-account.ts": { targets: [target({ actions: ["createStaffAccountAction"], schema: createStaffAccountSchema, run: (data, people) => createStaffAccount(people.admin, data) })] },
  "lib/staff/actions/reset-staff-password.ts": { targets: [target({ actions: ["resetStaffPasswordAction"], schema: resetStaffPasswordSchema, run: (data, people) => resetStaffPassword(people.admin, data) })] },
  "lib/staff/actions/set-staff-account-disabled.ts": {
    targets: [target({ actions: ["setStaffAccountDisabledAction"], schema: setStaffAccountDisabledSchema, run: (data, people) => setStaffAccountDisabled(people.admin, data) })],
  },
  "lib/staff/actions/update-staff-access.ts": { targets: [target({ actions: ["updateStaffAccessAction"], schema: updateStaffAccessSchema, run: (data, people) => updateStaffAccess(people.admin, data) })] },
  "lib/work-queue/actions/assign-application.ts": {
    targets: [target({ actions: ["assignApplicationAction"], schema: assignApplicationSchema.extend({ returnTo: returnToField }), run: (data, people) => assignApplication(people.supervisor, data) })],
  },
  "lib/work-queue/actions/claim-application.ts": {
    targets: [
      target({
        actions: ["claimApplicationAction"],
        schema: claimApplicationSchema.extend({ returnTo: returnToField }),
        run: (data, people) => claimApplication(people.caseworker, { applicationId: data.applicationId, version: data.version }),
      }),
    ],
  },
};

async function firstMemberId(people: FuzzFixtures): Promise<string | undefined> {
  return (await db.familyMember.findFirst({ where: { family: { applicantId: people.citizen.id } }, select: { id: true } }))?.id;
}

