// The actions this person may take now (lib/review/decision-rules.ts decided which), each
// as its own form, with the reasons others are held back (own family, second approval).
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { REJECTION_REASON_CODES } from "@/lib/applications/reason-codes";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { addInternalNoteAction } from "@/lib/review/actions/add-internal-note";
import { approveApplicationAction } from "@/lib/review/actions/approve-application";
import { confirmApprovalAction } from "@/lib/review/actions/confirm-approval";
import { rejectApplicationAction } from "@/lib/review/actions/reject-application";
import { requestInformationAction } from "@/lib/review/actions/request-information";
import { resumeReviewAction } from "@/lib/review/actions/resume-review";
import { returnApprovalAction } from "@/lib/review/actions/return-approval";
import { startReviewAction } from "@/lib/review/actions/start-review";
import type { ReviewAction } from "@/lib/review/decision-rules";
import type { ApplicationReview } from "@/lib/review/get-application-review";
import { ReviewActionForm, type ReviewFieldSpec } from "./review-action-form";

function ActionBox({ id, title, lead, children }: { id: string; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded border-2 border-slate-300 p-4">
      <h3 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h3>
      {lead ? <p>{lead}</p> : null}
      {children}
    </section>
  );
}

export async function ReviewActions({ locale, review }: { locale: Locale; review: ApplicationReview }) {
  const t = await getTranslations();
  const allowed = new Set<ReviewAction>(review.actions.allowed);
  const { application, approval } = review;
  const common = { applicationId: application.id, version: application.version };
  const text = (submit: string) => ({ summaryTitle: t("errors.summaryTitle"), required: t("common.required"), submit });
  const money = (amount: number | null) => (amount === null ? "" : formatTenge(locale, amount));

  let amountHint: string = t("review.actions.approve.amountHintFree");
  if (approval.requestedTenge !== null && approval.ceilingTodayTenge !== null) amountHint = t("review.actions.approve.amountHint", { requested: money(approval.requestedTenge), ceiling: money(approval.ceilingTodayTenge) });
  else if (approval.requestedTenge !== null) amountHint = t("review.actions.approve.amountHintNoCeiling", { requested: money(approval.requestedTenge) });
  else if (approval.ceilingTodayTenge !== null) amountHint = t("review.actions.approve.amountHintNoRequested", { ceiling: money(approval.ceilingTodayTenge) });
  const approveFields: ReviewFieldSpec[] = approval.isMoney
    ? [{ kind: "amount", name: "amountTenge", label: t("review.actions.approve.amountLabel"), hint: amountHint, required: approval.requestedTenge === null }]
    : [];
  const earliest = new Date(`${review.respondBy.earliest}T00:00:00Z`);
  const latest = new Date(`${review.respondBy.latest}T00:00:00Z`);

  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-2xl font-bold">
        {t("review.actions.heading")}
      </h2>
      {allowed.size === 0 ? <p>{t("review.actions.none")}</p> : null}
      {allowed.has("startReview") ? (
        <ActionBox id="start-review" title={t("review.actions.startReview.heading")} lead={t("review.actions.startReview.lead")}>
          <ReviewActionForm id="start-review-form" action={startReviewAction} {...common} fields={[]} text={text(t("review.actions.startReview.submit"))} />
        </ActionBox>
      ) : null}
      {allowed.has("confirmApproval") ? (
        <ActionBox id="confirm-approval" title={t("review.actions.confirm.heading")} lead={t("review.actions.confirm.lead")}>
          <ReviewActionForm id="confirm-approval-form" action={confirmApprovalAction} {...common} fields={[]} text={text(t("review.actions.confirm.submit"))} />
        </ActionBox>
      ) : null}
      {allowed.has("returnApproval") ? (
        <ActionBox id="return-approval" title={t("review.actions.return.heading")}>
          <ReviewActionForm
            id="return-approval-form"
            action={returnApprovalAction}
            {...common}
            fields={[{ kind: "textarea", name: "returnReason", label: t("review.actions.return.reasonLabel"), hint: t("review.actions.return.reasonHint") }]}
            text={text(t("review.actions.return.submit"))}
          />
        </ActionBox>
      ) : null}
      {allowed.has("approve") ? (
        <ActionBox id="approve" title={t("review.actions.approve.heading")} lead={approval.needsSecondApproval ? t("review.actions.approve.twoPeople") : undefined}>
          <ReviewActionForm
            id="approve-form"
            action={approveApplicationAction}
            {...common}
            fields={approveFields}
            text={text(approval.needsSecondApproval ? t("review.actions.approve.submitFirst") : t("review.actions.approve.submit"))}
          />
        </ActionBox>
      ) : null}
      {allowed.has("requestInformation") ? (
        <ActionBox id="request-information" title={t("review.actions.request.heading")}>
          <ReviewActionForm
            id="request-information-form"
            action={requestInformationAction}
            {...common}
            fields={[
              { kind: "textarea", name: "requestMessage", label: t("review.actions.request.messageLabel"), hint: t("review.actions.request.messageHint") },
              {
                kind: "date", name: "respondBy", label: t("review.actions.request.respondByLabel"),
                hint: t("review.actions.request.respondByHint", { earliest: formatDate(locale, earliest), latest: formatDate(locale, latest) }),
                min: review.respondBy.earliest, max: review.respondBy.latest,
              },
            ]}
            text={text(t("review.actions.request.submit"))}
          />
        </ActionBox>
      ) : null}
      {allowed.has("resumeReview") ? (
        <ActionBox id="resume-review" title={t("review.actions.resume.heading")} lead={t("review.actions.resume.lead")}>
          <ReviewActionForm id="resume-review-form" action={resumeReviewAction} {...common} fields={[]} text={text(t("review.actions.resume.submit"))} />
        </ActionBox>
      ) : null}
      {allowed.has("reject") ? (
        <ActionBox id="reject" title={t("review.actions.reject.heading")}>
          <ReviewActionForm
            id="reject-form"
            action={rejectApplicationAction}
            {...common}
            fields={[
              {
                kind: "select", name: "reasonCode", label: t("review.actions.reject.reasonCodeLabel"), placeholder: t("review.actions.reject.reasonCodePlaceholder"),
                options: REJECTION_REASON_CODES.map((code) => ({ value: code, label: t(`review.reasonCodes.${code}`) })),
              },
              { kind: "textarea", name: "explanation", label: t("review.actions.reject.explanationLabel"), hint: t("review.actions.reject.explanationHint") },
            ]}
            text={text(t("review.actions.reject.submit"))}
          />
        </ActionBox>
      ) : null}
      {allowed.has("addNote") ? (
        <ActionBox id="add-note" title={t("review.actions.note.heading")}>
          <ReviewActionForm
            id="add-note-form"
            action={addInternalNoteAction}
            {...common}
            fields={[{ kind: "textarea", name: "note", label: t("review.actions.note.label"), hint: t("review.actions.note.hint") }]}
            text={text(t("review.actions.note.submit"))}
          />
        </ActionBox>
      ) : null}
      {review.actions.blocks.includes("awaitingSecondApproval") && !allowed.has("confirmApproval") ? <Alert>{t("review.errors.awaitingSecondApproval")}</Alert> : null}
    </section>
  );
}
