// The engine's verdict for one application as at submission and as today, side by side
// in the reader's language, with what changed: the outcome, the amount, and each reason
// (changed, new today, or gone since submission). Pure.
import { measureResultSchema } from "@/lib/eligibility/schema";
import { renderMessage } from "@/lib/eligibility/render";
import type { Locale, MeasureTrace, Outcome, TraceValues } from "@/lib/eligibility/types";
import type { Measure } from "@/prisma/generated/enums";
import { guessLanguage, recoverMessageKey } from "./rerender-stored-reasons";
import { z } from "zod";

export type ReasonChange = "same" | "changed" | "new" | "gone";

export interface ReasonView {
  id: string;
  passed: boolean;
  text: string;
  change: ReasonChange;
  /** The language of `text` when it could not be written in the reader's language. */
  language: Locale | null;
}

export interface VerdictView {
  outcome: Outcome;
  amountTenge: number | null;
  reasons: ReasonView[];
}

export interface VerdictComparison {
  atSubmission: VerdictView | null;
  today: VerdictView;
  hintsToday: string[];
  outcomeChanged: boolean;
  amountChanged: boolean;
  /** Some reasons at submission are shown as stored, in this language. */
  storedLanguage: Locale | null;
}

const storedVerdictSchema = z.object({ measures: z.array(measureResultSchema) });

function named(values: TraceValues, names: ReadonlyMap<string, string>): TraceValues {
  const id = values.memberId;
  return typeof id === "string" ? { ...values, memberId: names.get(id) ?? id } : values;
}

/** A stable identity for a reason across the two verdicts: its rule and member, numbered on repeats. */
function identities(reasons: readonly { rule: string; values: TraceValues }[]): string[] {
  const seen = new Map<string, number>();
  return reasons.map((reason) => {
    const base = `${reason.rule}|${typeof reason.values.memberId === "string" ? reason.values.memberId : ""}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `${base}|${count}`;
  });
}

function outcomeFor(result: { outcome: Outcome; members: { memberId: string; outcome: Outcome; amountTenge: number | null }[]; amountTenge: number | null }, memberId: string | null) {
  const member = memberId ? result.members.find((candidate) => candidate.memberId === memberId) : undefined;
  return member ? { outcome: member.outcome, amountTenge: member.amountTenge } : { outcome: result.outcome, amountTenge: result.amountTenge };
}

export function compareVerdicts(input: {
  measure: Measure;
  memberId: string | null;
  stored: unknown;
  today: MeasureTrace;
  todayHints: string[];
  names: ReadonlyMap<string, string>;
  locale: Locale;
}): VerdictComparison {
  const { names, locale } = input;
  const todayIds = identities(input.today.reasons);
  const todayTexts = input.today.reasons.map((reason) => renderMessage(reason.message, named(reason.values, names), locale));

  const parsed = storedVerdictSchema.safeParse(input.stored);
  const storedResult = parsed.success ? parsed.data.measures.find((result) => result.code === input.measure) : undefined;
  let storedLanguage: Locale | null = null;
  let atSubmission: VerdictView | null = null;
  const storedById = new Map<string, { passed: boolean; text: string; rerendered: boolean }>();
  if (storedResult) {
    const storedIds = identities(storedResult.reasons);
    const reasons: ReasonView[] = storedResult.reasons.map((reason, index) => {
      const recovered = recoverMessageKey(reason);
      const text = recovered ? renderMessage(recovered.key, named(reason.values, names), locale) : reason.message;
      const language = recovered ? null : guessLanguage(reason.message);
      if (language && language !== locale) storedLanguage = language;
      const id = storedIds[index] as string;
      storedById.set(id, { passed: reason.passed, text, rerendered: recovered !== null });
      const todayIndex = todayIds.indexOf(id);
      let change: ReasonChange = "gone";
      if (todayIndex >= 0) {
        const today = input.today.reasons[todayIndex];
        const differs = today?.passed !== reason.passed || (recovered !== null && todayTexts[todayIndex] !== text);
        change = differs ? "changed" : "same";
      }
      return { id, passed: reason.passed, text, change, language: language === locale ? null : language };
    });
    atSubmission = { ...outcomeFor(storedResult, input.memberId), reasons };
  }

  const today: VerdictView = {
    ...outcomeFor(input.today, input.memberId),
    reasons: input.today.reasons.map((reason, index) => {
      const id = todayIds[index] as string;
      const stored = storedById.get(id);
      const text = todayTexts[index] as string;
      let change: ReasonChange = "same";
      if (atSubmission && !stored) change = "new";
      else if (stored && (stored.passed !== reason.passed || (stored.rerendered && stored.text !== text))) change = "changed";
      return { id, passed: reason.passed, text, change, language: null };
    }),
  };
  return {
    atSubmission,
    today,
    hintsToday: input.todayHints,
    outcomeChanged: atSubmission !== null && atSubmission.outcome !== today.outcome,
    amountChanged: atSubmission !== null && atSubmission.amountTenge !== today.amountTenge,
    storedLanguage,
  };
}
