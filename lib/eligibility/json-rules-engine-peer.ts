// The four core rules (large family, low income, free kindergarten, scholarship) written
// the way a team would with json-rules-engine: facts derived in code, thresholds and
// combinations in JSON rules. Used only by the benchmark and its agreement test, to
// compare speed and verdicts with the engine; the app never imports it.
import { Engine, type RuleProperties } from "json-rules-engine";
import * as dates from "./dates";
import type { ResolvedParameters } from "./parameters/resolve";
import type { Family } from "./types";

// Bound once at load, as the engine does (see "Imports on the hot path" in evaluate.ts),
// so that neither side pays for CommonJS export getters the other is spared.
const { ageInFullYears, toDateNumber } = dates;

export interface CoreVerdicts {
  isLargeFamily: boolean;
  isLowIncome: boolean;
  isKindergartenEligible: boolean;
  isScholarshipEligible: boolean;
}

interface ChildFact {
  age: number;
  birthOrder: number;
  excellentStudent: boolean;
  education: string | null;
}

export function createCoreRulesEngine(params: ResolvedParameters): Engine {
  const { byKey } = params;
  const lowIncome = { fact: "perCapitaIncomeTenge", operator: "lessThanInclusive", value: params.povertyLine.value };
  const rules: RuleProperties[] = [
    {
      name: "large-family",
      conditions: { all: [{ fact: "countedChildren", operator: "greaterThanInclusive", value: byKey.LARGE_FAMILY_MIN_CHILDREN.value }] },
      event: { type: "large-family" },
    },
    { name: "low-income", conditions: { all: [lowIncome] }, event: { type: "low-income" } },
    {
      name: "free-kindergarten",
      conditions: {
        all: [
          lowIncome,
          {
            fact: "children",
            operator: "someChildInKindergarten",
            value: {
              minAge: byKey.KINDERGARTEN_MIN_AGE_YEARS.value,
              maxAge: byKey.KINDERGARTEN_MAX_AGE_YEARS.value,
              minOrder: byKey.KINDERGARTEN_MIN_BIRTH_ORDER.value,
            },
          },
        ],
      },
      event: { type: "free-kindergarten" },
    },
    {
      name: "scholarship",
      conditions: {
        all: [lowIncome, { fact: "children", operator: "someExcellentStudentIn", value: ["school", "college", "university"] }],
      },
      event: { type: "scholarship" },
    },
  ];
  const engine = new Engine(rules, { allowUndefinedFacts: false });
  engine.addOperator<ChildFact[], { minAge: number; maxAge: number; minOrder: number }>("someChildInKindergarten", (children, range) =>
    children.some((child) => child.age >= range.minAge && child.age <= range.maxAge && child.birthOrder >= range.minOrder),
  );
  engine.addOperator<ChildFact[], string[]>("someExcellentStudentIn", (children, levels) =>
    children.some((child) => child.excellentStudent && child.education !== null && levels.includes(child.education)),
  );
  return engine;
}

/** The facts json-rules-engine needs, derived from the family as its users would. */
export function deriveCoreFacts(family: Family, params: ResolvedParameters): Record<string, unknown> {
  const asOf = toDateNumber(params.asOf);
  const minorAge = params.byKey.MINOR_AGE_YEARS.value;
  const studentAge = params.byKey.STUDENT_COUNTED_UNDER_AGE_YEARS.value;
  let income = family.otherMonthlyIncomeTenge ?? 0;
  let countedChildren = 0;
  const children: (ChildFact & { birth: number })[] = [];
  // Plain loops: the peer should not pay for callbacks the engine does not use.
  for (const member of family.members) {
    income += member.monthlyIncomeTenge ?? 0;
    if (member.role !== "child") continue;
    const birth = toDateNumber(member.birthDate);
    const age = ageInFullYears(birth, asOf);
    if (age < minorAge || (member.fullTimeStudent === true && age < studentAge)) countedChildren++;
    const child = { age, birth, birthOrder: 0, excellentStudent: member.excellentStudent === true, education: member.education ?? null };
    // Stable insertion by birth date: twins keep their listed order.
    let position = children.length;
    while (position > 0 && (children[position - 1] as { birth: number }).birth > birth) position--;
    children.splice(position, 0, child);
  }
  for (let order = 0; order < children.length; order++) (children[order] as ChildFact).birthOrder = order + 1;
  return { countedChildren, perCapitaIncomeTenge: Math.ceil(income / family.members.length), children };
}

export async function evaluateCoreRules(engine: Engine, family: Family, params: ResolvedParameters): Promise<CoreVerdicts> {
  const { events } = await engine.run(deriveCoreFacts(family, params));
  const verdicts: CoreVerdicts = { isLargeFamily: false, isLowIncome: false, isKindergartenEligible: false, isScholarshipEligible: false };
  for (const event of events) {
    if (event.type === "large-family") verdicts.isLargeFamily = true;
    else if (event.type === "low-income") verdicts.isLowIncome = true;
    else if (event.type === "free-kindergarten") verdicts.isKindergartenEligible = true;
    else if (event.type === "scholarship") verdicts.isScholarshipEligible = true;
  }
  return verdicts;
}
