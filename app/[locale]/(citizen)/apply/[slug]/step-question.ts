// The question a step asks, in the reader's language (the flows' texts live per measure).
import type { getTranslations } from "next-intl/server";
import type { StepId } from "@/lib/applications/flows/flow-definitions";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

export function stepQuestion(t: Translate, measure: MeasureCode, step: StepId): string {
  return t(`apply.flows.${measure}.${step}` as Parameters<Translate>[0]);
}

export function stepHint(t: Translate, measure: MeasureCode, step: StepId): string | undefined {
  const key = `apply.flows.${measure}.${step}Hint` as Parameters<Translate>[0];
  return t.has(key) ? t(key) : undefined;
}
