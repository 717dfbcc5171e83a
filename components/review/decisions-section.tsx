// Every decision on the application: approvals (with their second approval or return)
// and rejections with their reason code and explanation.
import { getTranslations } from "next-intl/server";
import { formatDateTime, formatTenge } from "@/lib/i18n/format";
import { Table } from "@/components/ui/table";
import { isRejectionReasonCode } from "@/lib/applications/reason-codes";
import type { Locale } from "@/lib/i18n/locales";
import type { ApplicationReview } from "@/lib/review/get-application-review";

export async function DecisionsSection({ locale, decisions }: { locale: Locale; decisions: ApplicationReview["decisions"] }) {
  if (decisions.length === 0) return null;
  const t = await getTranslations();
  return (
    <section aria-labelledby="decisions-heading" className="space-y-3">
      <h2 id="decisions-heading" className="text-2xl font-bold">
        {t("review.decisions.heading")}
      </h2>
      <Table
        caption={t("review.decisions.caption")}
        headers={[t("review.decisions.date"), t("review.decisions.outcome"), t("review.decisions.by"), t("review.decisions.amount"), t("review.decisions.details")]}
        numericColumns={[3]}
        rows={decisions.map((decision) => {
          const details: string[] = [];
          if (decision.reasonCode) details.push(isRejectionReasonCode(decision.reasonCode) ? t(`review.reasonCodes.${decision.reasonCode}`) : decision.reasonCode);
          if (decision.explanation) details.push(decision.explanation);
          if (decision.secondApprovedAt && decision.secondApproverName) details.push(t("review.decisions.confirmedBy", { name: decision.secondApproverName, date: formatDateTime(locale, decision.secondApprovedAt) }));
          if (decision.returnedAt && decision.returnedByName) details.push(t("review.decisions.returnedBy", { name: decision.returnedByName, date: formatDateTime(locale, decision.returnedAt), reason: decision.returnReason ?? "" }));
          const isPending = decision.requiresSecondApproval && !decision.secondApprovedAt && !decision.returnedAt;
          if (isPending) details.push(t("review.decisions.awaiting"));
          return [
            formatDateTime(locale, decision.createdAt),
            decision.outcome === "APPROVED" ? t("review.decisions.approved") : t("review.decisions.rejected"),
            decision.decidedByName,
            decision.amountTenge === null ? "—" : formatTenge(locale, decision.amountTenge),
            <span key="details" className="whitespace-pre-line break-words">{details.join("\n")}</span>,
          ];
        })}
      />
    </section>
  );
}
