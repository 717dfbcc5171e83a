import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddChangeForm } from "@/components/rules/add-change-form";
import { CaseResults } from "@/components/rules/case-results";
import { DraftDetailsForm } from "@/components/rules/draft-details-form";
import { PublishForm } from "@/components/rules/publish-form";
import { StepForm } from "@/components/rules/step-form";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { PARAMETER_KEYS } from "@/lib/eligibility/parameters/definitions";
import { mergeParameterValues } from "@/lib/eligibility/parameters/merge";
import { resolveParameter } from "@/lib/eligibility/parameters/resolve";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { updateDraftAction } from "@/lib/rules/actions/update-draft";
import { removeChangeAction, submitDraftAction, withdrawDraftAction } from "@/lib/rules/actions/version-step";
import { firstAllowedEffectiveDate } from "@/lib/rules/dates";
import { formatParameterValue } from "@/lib/rules/format-parameter-value";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import { loadVersion } from "@/lib/rules/load-version";
import { runCaseFiles } from "@/lib/rules/run-case-files";

type Props = { params: Promise<{ locale: Locale; versionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export default async function RuleVersionPage({ params }: Props) {
  const { locale, versionId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const now = new Date();
  const today = dateInAlmaty(now);
  const { user, version, published } = await loadForPage(locale, `/admin/rules/versions/${encodeURIComponent(versionId)}`, async (user) => ({
    user,
    version: await loadVersion(user, versionId),
    published: await loadParameterSet(),
  }));
  const isAuthor = version.createdById === user.id;
  const isDraft = version.status === "DRAFT";
  const isAwaiting = version.status === "AWAITING_APPROVAL";
  // Cases run on every visit before publication: the author sees a problem before submitting.
  const cases =
    version.status === "PUBLISHED"
      ? null
      : runCaseFiles(mergeParameterValues(published, version.changes.map((change) => ({ ...change, source: change.source ?? undefined }))));
  const required = t("common.required");
  const summaryTitle = t("errors.summaryTitle");

  return (
    <div className="max-w-4xl space-y-8">
      <Link href="/admin/rules" className="inline-block min-h-6 py-1 text-blue-800 underline">
        {t("rules.draft.back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("rules.draft.title", { title: version.title })}</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("rules.draft.statusLabel")}</dt>
        <dd>{t(`rules.statuses.${version.status}`)}</dd>
        <dt className="font-semibold">{t("rules.draft.reasonLabel")}</dt>
        <dd className="whitespace-pre-line">{version.reason}</dd>
        <dt className="font-semibold">{t("rules.draft.authorLabel")}</dt>
        <dd>{version.authorName ?? t("rules.draft.unknownPerson")}</dd>
        {version.status === "PUBLISHED" ? (
          <>
            <dt className="font-semibold">{t("rules.draft.approverLabel")}</dt>
            <dd>{version.approverName ?? t("rules.draft.unknownPerson")}</dd>
            <dt className="font-semibold">{t("rules.draft.publishedAtLabel")}</dt>
            <dd>{version.publishedAt ? formatDate(locale, version.publishedAt) : ""}</dd>
          </>
        ) : null}
      </dl>

      {version.status === "PUBLISHED" ? <Alert title={t("rules.draft.publishedNote")} /> : null}
      {isAwaiting ? <Alert title={t("rules.draft.awaitingLead")} /> : null}
      {isDraft && !isAuthor ? <Alert title={t("rules.draft.authorOnly")} /> : null}

      {version.changes.length === 0 ? (
        <p>{t("rules.draft.noChanges")}</p>
      ) : (
        <Table
          caption={t("rules.draft.changesCaption")}
          headers={[
            t("rules.draft.parameter"), t("rules.draft.currentValue"), t("rules.draft.newValue"), t("rules.draft.effectiveFrom"), t("rules.draft.source"),
            ...(isDraft && isAuthor ? [t("rules.draft.actions")] : []),
          ]}
          rows={version.changes.map((change) => {
            const name = t(`rules.parameterNames.${change.key}`);
            const unit = published[change.key].unit;
            const date = formatDate(locale, day(change.effectiveFrom));
            return [
              name,
              <span key="current" className="whitespace-nowrap">{formatParameterValue(locale, unit, resolveParameter(published[change.key], today).value)}</span>,
              <strong key="new" className="whitespace-nowrap">{formatParameterValue(locale, unit, change.value)}</strong>,
              <span key="date" className="whitespace-nowrap">{date}</span>,
              change.source ?? "",
              ...(isDraft && isAuthor
                ? [
                    <StepForm key="remove" action={removeChangeAction} fields={{ versionId: version.id, changeId: change.id }} variant="secondary">
                      {t.rich("rules.draft.remove", { name, date, hidden })}
                    </StepForm>,
                  ]
                : []),
            ];
          })}
        />
      )}

      {version.changes.length > 0 ? (
        <p>
          <Link href={`/admin/rules/versions/${version.id}/impact`} className="inline-block min-h-6 py-1 font-semibold text-blue-800 underline">
            {t("rules.draft.previewLink")}
          </Link>
        </p>
      ) : null}

      {cases ? <CaseResults result={cases} /> : null}

      {isDraft && isAuthor ? (
        <>
          <section aria-labelledby="add-change-heading" className="max-w-xl space-y-4">
            <h2 id="add-change-heading" className="text-2xl font-bold">
              {t("rules.draft.addHeading")}
            </h2>
            <p>{t("rules.draft.addLead")}</p>
            <AddChangeForm
              versionId={version.id}
              firstDate={firstAllowedEffectiveDate(now)}
              text={{
                summaryTitle, required,
                parameterLabel: t("rules.draft.parameterLabel"),
                chooseParameter: t("rules.draft.chooseParameter"),
                valueLabel: t("rules.draft.valueLabel"),
                valueHint: t("rules.draft.valueHint"),
                effectiveFromLabel: t("rules.draft.effectiveFromLabel"),
                effectiveFromHint: t("rules.draft.effectiveFromHint", { date: firstAllowedEffectiveDate(now) }),
                sourceLabel: t("rules.draft.sourceLabel"),
                sourceHint: t("rules.draft.sourceHint"),
                submit: t("rules.draft.addSubmit"),
                parameters: PARAMETER_KEYS.map((key) => ({ value: key, label: t(`rules.parameterNames.${key}`) })),
              }}
            />
          </section>
          <section aria-labelledby="details-heading" className="max-w-xl space-y-4">
            <h2 id="details-heading" className="text-2xl font-bold">
              {t("rules.draft.detailsHeading")}
            </h2>
            <DraftDetailsForm
              action={updateDraftAction}
              versionId={version.id}
              initial={{ title: version.title, reason: version.reason }}
              text={{
                summaryTitle, required,
                titleLabel: t("rules.newDraft.titleLabel"),
                titleHint: t("rules.newDraft.titleHint"),
                reasonLabel: t("rules.newDraft.reasonLabel"),
                reasonHint: t("rules.newDraft.reasonHint"),
                submit: t("rules.draft.detailsSave"),
              }}
            />
          </section>
          <section aria-labelledby="submit-heading" className="max-w-xl space-y-4">
            <h2 id="submit-heading" className="text-2xl font-bold">
              {t("rules.draft.submitHeading")}
            </h2>
            <p>{t("rules.draft.submitLead")}</p>
            <StepForm action={submitDraftAction} fields={{ versionId: version.id }}>
              {t("rules.draft.submitButton")}
            </StepForm>
          </section>
        </>
      ) : null}

      {isAwaiting && isAuthor ? (
        <section aria-labelledby="withdraw-heading" className="max-w-xl space-y-4">
          <h2 id="withdraw-heading" className="text-2xl font-bold">
            {t("rules.draft.withdrawButton")}
          </h2>
          <p>{t("rules.draft.ownDraftNote")}</p>
          <StepForm action={withdrawDraftAction} fields={{ versionId: version.id }} variant="secondary">
            {t("rules.draft.withdrawButton")}
          </StepForm>
        </section>
      ) : null}

      {isAwaiting && !isAuthor && cases && cases.failures.length === 0 ? (
        <section aria-labelledby="approve-heading" className="space-y-4">
          <h2 id="approve-heading" className="text-2xl font-bold">
            {t("rules.draft.approveHeading")}
          </h2>
          <p className="max-w-xl">{t("rules.draft.approveLead")}</p>
          <PublishForm
            versionId={version.id}
            text={{ summaryTitle, required, passwordLabel: t("rules.draft.passwordLabel"), submit: t("rules.draft.approveButton") }}
          />
        </section>
      ) : null}
    </div>
  );
}
