// The engine's verdict as the page shows it, written on the server in the reader's
// language: the client form receives finished text, not a message catalogue.
import "server-only";
import { getTranslations } from "next-intl/server";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ScreenerMeasure, ScreenerResult } from "./run-screener";

export interface MeasureView {
  code: ScreenerMeasure["code"];
  name: string;
  outcome: ScreenerMeasure["outcome"];
  outcomeLabel: string;
  amount: string | null;
  terms: string | null;
  members: string[];
  hints: string[];
  reasons: { passed: boolean; text: string }[];
}

export interface ScreenerResultView {
  heading: string;
  asOf: string;
  factsHeading: string;
  facts: { term: string; value: string }[];
  yesHeading: string;
  noHeading: string;
  noneYes: string | null;
  likely: MeasureView[];
  unlikely: MeasureView[];
  labels: { forWhom: string; hints: string; reasons: string; met: string; notMet: string };
  next: { heading: string; text: string; register: string; signIn: string };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"screener.result">>>;

function describeTerms(measure: ScreenerMeasure, t: Translate, money: (value: number) => string): string | null {
  const terms = measure.terms;
  if (!terms || measure.outcome === "not_eligible") return null;
  if (terms.kind === "assistance_cap") return t("assistanceCap", { amount: money(terms.maxAmountTenge), mci: terms.maxAmountMci });
  if (terms.kind === "priority") return terms.isPriority ? t("priority") : null;
  if (terms.downPaymentTenge !== null && terms.loanTenge !== null && terms.monthlyPaymentTenge !== null) {
    return t("mortgageTerms", {
      downPayment: money(terms.downPaymentTenge),
      loan: money(terms.loanTenge),
      monthly: money(terms.monthlyPaymentTenge),
      rate: terms.annualRatePercent,
      months: terms.months,
    });
  }
  return t("mortgageNoPrice", { downPayment: terms.downPaymentPercent, rate: terms.annualRatePercent, months: terms.months });
}

function describeMember(member: ScreenerMeasure["members"][number], t: Translate, money: (value: number) => string): string {
  if (member.amountTenge !== null) return t("memberAmount", { person: member.memberId, amount: money(member.amountTenge) });
  return t(member.outcome === "not_eligible" ? "memberNotEligible" : "memberEligible", { person: member.memberId });
}

export async function presentScreenerResult(result: ScreenerResult, locale: Locale): Promise<ScreenerResultView> {
  const t = await getTranslations({ locale, namespace: "screener.result" });
  const all = await getTranslations({ locale });
  const money = (value: number) => formatTenge(locale, value);
  const yesOrNo = (value: boolean) => all(value ? "common.yes" : "common.no");
  const view = (measure: ScreenerMeasure): MeasureView => ({
    code: measure.code,
    name: all(`measures.${measure.code}`),
    outcome: measure.outcome,
    outcomeLabel: t(`outcome.${measure.outcome}`),
    amount: measure.amountTenge === null ? null : t(measure.period === "once" ? "amountOnce" : "amountMonth", { amount: money(measure.amountTenge) }),
    terms: describeTerms(measure, t, money),
    members: measure.members.map((member) => describeMember(member, t, money)),
    hints: measure.hints,
    reasons: measure.reasons.map((reason) => ({ passed: reason.passed, text: reason.message })),
  });
  const likely = result.measures.filter((measure) => measure.outcome !== "not_eligible").map(view);
  return {
    heading: t("heading"),
    asOf: t("asOf", { date: formatDate(locale, new Date(`${result.asOf}T00:00:00Z`)) }),
    factsHeading: t("factsHeading"),
    facts: [
      { term: t("factMembers"), value: String(result.facts.members) },
      { term: t("factCountedChildren"), value: String(result.facts.countedChildren) },
      { term: t("factPerCapita"), value: money(result.facts.perCapitaIncomeTenge) },
      { term: t("factPovertyLine"), value: money(result.facts.povertyLineTenge) },
      { term: t("factLowIncome"), value: yesOrNo(result.facts.isLowIncome) },
      { term: t("factLargeFamily"), value: yesOrNo(result.facts.isLargeFamily) },
      { term: t("factIncompleteFamily"), value: yesOrNo(result.facts.isIncompleteFamily) },
    ],
    yesHeading: t("yesHeading"),
    noHeading: t("noHeading"),
    noneYes: likely.length === 0 ? t("noneYes") : null,
    likely,
    unlikely: result.measures.filter((measure) => measure.outcome === "not_eligible").map(view),
    labels: { forWhom: t("forWhom"), hints: t("hintsHeading"), reasons: t("reasonsHeading"), met: t("met"), notMet: t("notMet") },
    next: { heading: t("nextHeading"), text: t("nextText"), register: t("register"), signIn: t("signIn") },
  };
}
