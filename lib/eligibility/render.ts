// Turns a trace (message keys + values) into text in the reader's language. Kept apart
// from evaluation so that a caseload simulation never pays for text it does not show.
import { en, type MessageKey } from "./messages/en";
import { kk } from "./messages/kk";
import { LOCALE_FORMATS, type LocaleFormat } from "./messages/locale-formats";
import { ru } from "./messages/ru";
import type { MessageValues, Template } from "./messages/template";
import type { EligibilityResponse } from "./schema";
import type { Education, EligibilityTrace, Locale, ParameterInForce, TraceValue, TraceValues } from "./types";

const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageKey, Template>>>> = { en, ru, kk };

/** A template asked for a value its rule does not provide: a bug, caught by the tests. */
export class MessageValueError extends Error {
  constructor(key: string, name: string, expected: string) {
    super(`Message ${key} needs value "${name}" as ${expected}`);
    this.name = "MessageValueError";
  }
}

function isParameter(value: TraceValue | undefined): value is ParameterInForce {
  return typeof value === "object" && value !== null;
}

// A class rather than an object of closures: one is made per message rendered.
class ValueReader implements MessageValues {
  constructor(
    private readonly key: string,
    private readonly values: TraceValues,
    private readonly format: LocaleFormat,
  ) {}

  private numberOf(name: string): number {
    const value = this.values[name];
    if (typeof value === "number") return value;
    if (isParameter(value)) return value.value;
    throw new MessageValueError(this.key, name, "a number or a parameter");
  }

  private parameterOf(name: string): ParameterInForce {
    const value = this.values[name];
    if (isParameter(value)) return value;
    throw new MessageValueError(this.key, name, "a parameter");
  }

  text(name: string): string {
    const value = this.values[name];
    if (typeof value === "string") return value;
    throw new MessageValueError(this.key, name, "a string");
  }

  money(name: string): string {
    return this.format.money(this.numberOf(name));
  }

  param(name: string): string {
    const parameter = this.parameterOf(name);
    return `${this.format.unit(parameter.unit, parameter.value)} (${this.format.since([parameter.effectiveFrom])})`;
  }

  number(name: string): string {
    return this.format.number(this.numberOf(name));
  }

  children(name: string): string {
    return this.format.children(this.numberOf(name));
  }

  people(name: string): string {
    return this.format.people(this.numberOf(name));
  }

  years(name: string): string {
    return this.format.years(this.numberOf(name));
  }

  yearsGenitive(name: string): string {
    return this.format.yearsGenitive(this.numberOf(name));
  }

  date(name: string): string {
    return this.format.date(this.text(name));
  }

  education(name: string): string {
    const value = this.values[name];
    if (value !== null && typeof value !== "string") throw new MessageValueError(this.key, name, "an education level");
    return this.format.education(value as Education | null);
  }

  since(...names: string[]): string {
    const dates: string[] = [];
    for (const name of names) dates.push(this.parameterOf(name).effectiveFrom);
    return this.format.since(dates);
  }
}

export function renderMessage(key: MessageKey, values: TraceValues, locale: Locale): string {
  return CATALOGS[locale][key](new ValueReader(key, values, LOCALE_FORMATS[locale]));
}

/** The API's response for a trace, with every reason and hint written in `locale`. */
export function renderTrace(trace: EligibilityTrace, locale: Locale): EligibilityResponse {
  return {
    asOf: trace.asOf,
    rulesVersion: trace.rulesVersion,
    facts: trace.facts,
    measures: trace.measures.map((measure) => ({
      code: measure.code,
      outcome: measure.outcome,
      amountTenge: measure.amountTenge,
      period: measure.period,
      members: measure.members,
      terms: measure.terms,
      reasons: measure.reasons.map((reason) => ({
        rule: reason.rule,
        passed: reason.passed,
        message: renderMessage(reason.message, reason.values, locale),
        values: reason.values,
        source: reason.source,
      })),
      hints: measure.hints.map((hint) => renderMessage(hint.message, hint.values, locale)),
    })),
  };
}
