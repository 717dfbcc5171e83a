// Facts about a family on a date: ages, who counts as a child, income per head. They
// are computed once per family and shared by every measure.
import * as dates from "./dates";
import type { ResolvedParameters } from "./parameters/resolve";
import type { Family, FamilyFacts, FamilyMember } from "./types";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { ageInFullYears, toDateNumber } = dates;

export interface MemberFacts {
  readonly member: FamilyMember;
  readonly birthNumber: number;
  readonly age: number;
  readonly isChild: boolean;
  readonly isMinorChild: boolean;
  /** Counts toward a large family: a child under 18, or a full-time student under 23. */
  readonly isCountedChild: boolean;
  /** Among the family's children, oldest = 1; 0 for members who are not children. */
  birthOrder: number;
}

export interface FamilyContext {
  readonly family: Family;
  readonly asOf: string;
  readonly asOfNumber: number;
  readonly params: ResolvedParameters;
  readonly members: readonly MemberFacts[];
  /** Members with role `child`, oldest first; equal birth dates keep their listed order. */
  readonly childrenByBirth: readonly MemberFacts[];
  readonly totalIncomeTenge: number;
  readonly parents: number;
  readonly facts: FamilyFacts;
}

export function buildFamilyContext(family: Family, asOf: string, params: ResolvedParameters): FamilyContext {
  const asOfNumber = toDateNumber(asOf);
  const minorAge = params.byKey.MINOR_AGE_YEARS.value;
  const studentUnderAge = params.byKey.STUDENT_COUNTED_UNDER_AGE_YEARS.value;

  const members: MemberFacts[] = [];
  const childrenByBirth: MemberFacts[] = [];
  let totalIncomeTenge = family.otherMonthlyIncomeTenge ?? 0;
  let parents = 0;
  let minorChildren = 0;
  let countedChildren = 0;

  for (const member of family.members) {
    const birthNumber = toDateNumber(member.birthDate);
    const age = ageInFullYears(birthNumber, asOfNumber);
    const isChild = member.role === "child";
    const isMinorChild = isChild && age < minorAge;
    const isCountedChild = isChild && (isMinorChild || (member.fullTimeStudent === true && age < studentUnderAge));
    const facts: MemberFacts = { member, birthNumber, age, isChild, isMinorChild, isCountedChild, birthOrder: 0 };
    members.push(facts);
    totalIncomeTenge += member.monthlyIncomeTenge ?? 0;
    if (member.role === "parent") parents++;
    if (isMinorChild) minorChildren++;
    if (isCountedChild) countedChildren++;
    if (isChild) insertByBirth(childrenByBirth, facts);
  }
  for (let index = 0; index < childrenByBirth.length; index++) {
    (childrenByBirth[index] as MemberFacts).birthOrder = index + 1;
  }

  const memberCount = members.length;
  const povertyLineTenge = params.povertyLine.value;
  // Compared in whole numbers (total ≤ line × members) so that no rounding decides a case.
  const isLowIncome = totalIncomeTenge <= povertyLineTenge * memberCount;
  const facts: FamilyFacts = {
    members: memberCount,
    minorChildren,
    countedChildren,
    isLargeFamily: countedChildren >= params.byKey.LARGE_FAMILY_MIN_CHILDREN.value,
    isIncompleteFamily: parents === 1 && minorChildren >= 1,
    perCapitaIncomeTenge: memberCount === 0 ? 0 : Math.ceil(totalIncomeTenge / memberCount),
    povertyLineTenge,
    isLowIncome,
  };
  return { family, asOf, asOfNumber, params, members, childrenByBirth, totalIncomeTenge, parents, facts };
}

// Insertion sort: families have a handful of children, and it is stable, which the
// rule on equal birth dates (twins keep their listed order) requires.
function insertByBirth(sorted: MemberFacts[], child: MemberFacts): void {
  let position = sorted.length;
  sorted.push(child);
  while (position > 0) {
    const previous = sorted[position - 1] as MemberFacts;
    if (previous.birthNumber <= child.birthNumber) break;
    sorted[position] = previous;
    position--;
  }
  sorted[position] = child;
}
