// Counts of a run's payments by status, as a short list ("Paid: 120").
import { getTranslations } from "next-intl/server";
import { PaymentStatus } from "@/prisma/generated/enums";

export async function PaymentStatusCounts({ counts }: { counts: Partial<Record<PaymentStatus, number>> }) {
  const t = await getTranslations("payments");
  const shown = Object.values(PaymentStatus).filter((status) => counts[status]);
  return (
    <ul className="list-none space-y-0.5">
      {shown.map((status) => (
        <li key={status}>{t("statusCount", { status: t(`statuses.${status}`), count: counts[status] ?? 0 })}</li>
      ))}
    </ul>
  );
}
