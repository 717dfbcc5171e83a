// What an approval pays: the entitlement (monthly or once) and its payments in the seeded
// payment runs, with statuses that fit how long ago each run was.
import { DEFAULT_HOUSING_PAYEE } from "@/lib/entitlements/payees";
import type { Measure, PaymentStatus } from "@/prisma/generated/enums";
import type { ApplicationContext, ApplicationPlan, ApplicationRows } from "./application-history-types";
import { addYearsToIsoDate, dateOnly, DAY_MS, firstOfMonth } from "./dates";
import type { FamilyRecord } from "./family-record";
import { dayToIsoDate, isoDateToDay, type Random } from "./random";
import type { PaymentRunRow } from "./row-types";

const MONTHLY_MEASURES: ReadonlySet<Measure> = new Set(["SCHOLARSHIP", "UTILITIES_COMPENSATION", "HOME_SCHOOLING_REIMBURSEMENT"]);
const ONCE_MEASURES: ReadonlySet<Measure> = new Set(["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY", "ONE_TIME_ASSISTANCE"]);
const PAYMENT_FAILURES = [
  "Счёт получателя закрыт",
  "Банк отклонил платёж: неверные реквизиты получателя",
  "ИИН получателя не совпадает с владельцем счёта",
] as const;

/** Appends the entitlement an approved application grants, and its payments, to `rows`. */
export function addEntitlement(
  random: Random,
  family: FamilyRecord,
  plan: ApplicationPlan,
  context: ApplicationContext,
  rows: ApplicationRows,
  approval: { applicationId: string; amount: number; decidedAt: Date },
): void {
  const isMonthly = MONTHLY_MEASURES.has(plan.measure);
  if (!isMonthly && !ONCE_MEASURES.has(plan.measure)) return;
  const decidedMonth = firstOfMonth(approval.decidedAt);
  let startsOn: string;
  let endsOn: string;
  if (isMonthly) {
    const next = new Date(dateOnly(decidedMonth).getTime() + 32 * DAY_MS);
    startsOn = firstOfMonth(next);
    const year = Number(startsOn.slice(0, 4));
    endsOn = plan.measure === "UTILITIES_COMPENSATION"
      ? dayToIsoDate(isoDateToDay(addYearsToIsoDate(startsOn, 1)) - 1)
      : `${Number(startsOn.slice(5, 7)) >= 6 ? year + 1 : year}-05-31`; // to the end of the school year
  } else {
    startsOn = approval.decidedAt.toISOString().slice(0, 10);
    endsOn = startsOn;
  }
  const entitlementId = `ent_${approval.applicationId.slice(4)}`;
  const isHousing = plan.measure === "HOUSING_CERTIFICATE" || plan.measure === "DOWN_PAYMENT_SUBSIDY";
  rows.entitlements.push({
    id: entitlementId, applicationId: approval.applicationId, memberId: plan.memberId, measure: plan.measure,
    amountTenge: approval.amount, period: isMonthly ? "MONTH" : "ONCE", startsOn: dateOnly(startsOn), endsOn: dateOnly(endsOn),
    payee: isHousing ? DEFAULT_HOUSING_PAYEE : family.description.payoutAccount, createdAt: approval.decidedAt,
  });

  const runs = context.paymentRuns;
  const monthOf = (run: PaymentRunRow) => run.periodMonth.toISOString().slice(0, 10);
  // Monthly: one payment per seeded run within the entitlement's months. Once: in the
  // first run started after the decision, or, decided before the seeded runs, paid then.
  const firstRun = runs[0];
  if (!isMonthly && firstRun && approval.decidedAt.getTime() < firstRun.createdAt.getTime() - 3 * DAY_MS) {
    const sentAt = new Date(approval.decidedAt.getTime() + 2 * DAY_MS);
    const paidAt = new Date(sentAt.getTime() + 2 * DAY_MS);
    rows.payments.push({
      id: `pay_${entitlementId.slice(4)}_${decidedMonth.slice(0, 7).replace("-", "")}`, entitlementId, runId: null,
      periodMonth: dateOnly(decidedMonth), amountTenge: approval.amount, status: "PAID", failureReason: null,
      sentAt, paidAt, createdAt: approval.decidedAt, updatedAt: paidAt,
    });
    return;
  }
  const onceRun = runs.find((run) => run.createdAt.getTime() > approval.decidedAt.getTime());
  const paidRuns = isMonthly ? runs.filter((run) => monthOf(run) >= startsOn && monthOf(run) <= endsOn) : onceRun ? [onceRun] : [];
  for (const run of paidRuns) {
    const runIndex = runs.indexOf(run);
    const month = monthOf(run);
    const paymentId = `pay_${entitlementId.slice(4)}_${month.slice(0, 7).replace("-", "")}`;
    const isScheduledRun = runIndex === runs.length - 1;
    const status: PaymentStatus = isScheduledRun
      ? "SCHEDULED"
      : runIndex === runs.length - 2
        ? random.weighted([["SENT", 55], ["PAID", 40], ["FAILED", 5]] as const)
        : random.weighted([["PAID", 96], ["FAILED", 3], ["RETURNED", 1]] as const);
    const createdAt = run.createdAt.getTime() < approval.decidedAt.getTime() ? approval.decidedAt : run.createdAt;
    const sentAt = status === "SCHEDULED" ? null : new Date(createdAt.getTime() + DAY_MS);
    const paidAt = status === "PAID" && sentAt ? new Date(sentAt.getTime() + 2 * DAY_MS) : null;
    const failureReason = status === "FAILED" ? random.pick(PAYMENT_FAILURES) : status === "RETURNED" ? "Возврат: получатель не найден в банке" : null;
    rows.payments.push({
      id: paymentId, entitlementId, runId: run.id, periodMonth: dateOnly(month), amountTenge: approval.amount, status,
      failureReason, sentAt, paidAt, createdAt, updatedAt: paidAt ?? sentAt ?? createdAt,
    });
  }
}
