// A plausible random family as raw facts (people, income, housing, the queue), before it
// gets ids and IINs. Every choice comes from the given Random, in a fixed order, so the
// same seed gives the same family.
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { District, Education, HousingQueueCategory, MemberRole } from "@/prisma/generated/enums";
import { addYearsToIsoDate, ageOn, birthDateForAge, DAY_MS } from "./dates";
import { DISTRICT_WEIGHTS } from "./districts";
import { randomKazakhIban } from "./kazakh-iban";
import {
  childName,
  fatherName,
  motherName,
  pickFamilyNaming,
  randomAddress,
  randomPersonName,
  type PersonName,
  type Sex,
} from "./names";
import { dayToIsoDate, isoDateToDay, type Random } from "./random";

export interface MemberDescription {
  /** Fixed IIN (demo accounts); otherwise one is allocated from the birth date and sex. */
  iin?: string;
  name: PersonName;
  sex: Sex;
  birthDate: string;
  role: MemberRole;
  relation: string;
  education: Education;
  fullTimeStudent: boolean;
  excellentStudent: boolean;
  disability: boolean;
  homeSchooled: boolean;
  employed: boolean;
  monthlyIncomeTenge: number;
}

export interface FamilyDescription {
  district: District;
  address: string;
  otherMonthlyIncomeTenge: number;
  difficultLifeSituation: string | null;
  members: MemberDescription[];
  /** Which member holds the citizen account. */
  applicantIndex: number;
  phone: string;
  locale: "kk" | "ru" | "en";
  housing: { inHousingQueue: boolean; ownsHome: boolean; savingsTenge: number; apartmentPriceTenge: number | null };
  queue: { category: HousingQueueCategory; registeredAt: string } | null;
  /** When the family registered on the portal. */
  createdAt: Date;
  /** The family's bank account (IBAN) for payments. */
  payoutAccount: string;
}

export interface DescribeFamilyOptions {
  asOf: string;
  poverty: ResolvedParameters;
  district?: District;
  /** Put the family in the housing queue in this category; its make-up is chosen to fit. */
  housingQueue?: HousingQueueCategory;
  childCount?: number;
}

const MOBILE_PREFIXES = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"] as const;
const DIFFICULT_SITUATIONS = [
  "Потеря кормильца",
  "Пожар в жилом доме, утрачено имущество",
  "Тяжёлая болезнь члена семьи, требуется дорогостоящее лечение",
  "Потеря работы единственным работающим членом семьи",
] as const;

/** A plausible random family (the raw facts, without ids or IINs). */
export function describeRandomFamily(random: Random, options: DescribeFamilyOptions): FamilyDescription {
  const { asOf } = options;
  const povertyLine = options.poverty.povertyLine.value;
  const category = options.housingQueue;
  const district = options.district ?? random.weighted(DISTRICT_WEIGHTS);
  const naming = pickFamilyNaming(random);

  const parents: "both" | "mother" | "father" =
    category === "INCOMPLETE_FAMILY"
      ? random.chance(0.9) ? "mother" : "father"
      : category === "LARGE_FAMILY"
        ? random.chance(0.85) ? "both" : "mother"
        : random.weighted([["both", 72], ["mother", 24], ["father", 4]] as const);
  const isLargeCategory = category === "LARGE_FAMILY";
  const childCount =
    options.childCount ??
    (isLargeCategory
      ? random.weighted([[4, 45], [5, 28], [6, 15], [7, 7], [8, 5]] as const)
      : random.weighted([[1, 22], [2, 30], [3, 23], [4, 12], [5, 7], [6, 3], [7, 2], [8, 1]] as const));

  const triangular = (min: number, max: number) => Math.round((random.int(min, max) + random.int(min, max)) / 2);
  const motherAge = childCount >= 4 ? triangular(28, 52) : triangular(22, 55);
  const fatherAge = Math.min(55, Math.max(22, motherAge + random.int(-2, 7)));
  const motherBirth = birthDateForAge(random, asOf, motherAge);
  const fatherBirth = birthDateForAge(random, asOf, fatherAge);

  const members: MemberDescription[] = [];
  const adult = (sex: Sex, name: PersonName, birthDate: string, relation: string, employed: boolean): MemberDescription => ({
    name, sex, birthDate, role: "PARENT", relation, education: "NONE",
    fullTimeStudent: false, excellentStudent: false, disability: random.chance(0.015), homeSchooled: false,
    employed, monthlyIncomeTenge: 0,
  });
  if (parents !== "mother") members.push(adult("male", fatherName(random, naming), fatherBirth, "отец", random.chance(0.85)));
  if (parents !== "father") {
    members.push(adult("female", motherName(random, naming), motherBirth, "мать", random.chance(parents === "both" ? 0.55 : 0.75)));
  }

  // Children born while the mother (or the lone father) was 18–45, at most 22 years ago,
  // spaced about a year or more apart unless the window is short (then twins happen).
  const parentBirth = parents === "father" ? fatherBirth : motherBirth;
  const asOfDay = isoDateToDay(asOf);
  const oldestAllowedAge = isLargeCategory ? 17 : 22;
  const earliest = Math.max(isoDateToDay(addYearsToIsoDate(parentBirth, 18)), isoDateToDay(addYearsToIsoDate(asOf, -(oldestAllowedAge + 1))) + 1);
  const latest = Math.min(isoDateToDay(addYearsToIsoDate(parentBirth, 45)), asOfDay - 20);
  const span = Math.max(0, latest - earliest);
  const births = Array.from({ length: childCount }, () => earliest + random.int(0, span)).sort((a, b) => a - b);
  const minGap = Math.min(330, Math.floor(span / childCount));
  for (let index = 1; index < births.length; index++) {
    const previous = births[index - 1] ?? earliest;
    if (random.chance(0.02)) births[index] = previous; // twins
    else births[index] = Math.max(births[index] ?? previous, previous + minGap);
  }
  const overflow = (births[births.length - 1] ?? latest) - latest;
  const childDays = births.map((day) => Math.max(earliest, day - Math.max(0, overflow)));

  const disabledChildIndex = category === "CHILD_WITH_DISABILITY" ? random.int(0, childCount - 1) : -1;
  childDays.forEach((day, index) => {
    const sex: Sex = random.chance(0.51) ? "male" : "female";
    const birthDate = dayToIsoDate(day);
    members.push(describeChild(random, { asOf, birthDate, sex, name: childName(random, naming, sex), forceDisability: index === disabledChildIndex }));
  });

  if (random.chance(0.08)) {
    const grandmotherAge = random.int(58, 80);
    members.push({
      name: randomPersonName(random, "female", naming.ethnicity), sex: "female",
      birthDate: birthDateForAge(random, asOf, grandmotherAge), role: "OTHER", relation: "бабушка",
      education: "NONE", fullTimeStudent: false, excellentStudent: false, disability: random.chance(0.1),
      homeSchooled: false, employed: false, monthlyIncomeTenge: roundTo(random.int(75_000, 140_000), 100),
    });
  }

  // Income: a per-person target around the poverty line (many just below, many just
  // above, some far either side), then split among the household's earners.
  const ratio = random.weighted([
    [[0.25, 0.7], 15], [[0.7, 1.0], 30], [[1.0, 1.35], 25], [[1.35, 2.5], 15], [[2.5, 8], 15],
  ] as const);
  const perCapitaTarget = povertyLine * (ratio[0] + random.next() * (ratio[1] - ratio[0]));
  let remaining = Math.round(perCapitaTarget * members.length);
  for (const member of members) {
    if (member.role === "CHILD" && ageOn(member.birthDate, asOf) >= 18 && !member.fullTimeStudent && random.chance(0.55)) {
      member.employed = true;
      member.monthlyIncomeTenge = roundTo(random.int(90_000, 240_000), 100);
    }
    remaining -= member.monthlyIncomeTenge;
  }
  remaining = Math.max(0, remaining);
  const earners = members.filter((member) => member.role === "PARENT" && member.employed);
  let otherMonthlyIncomeTenge = 0;
  if (earners.length === 0) {
    otherMonthlyIncomeTenge = roundTo(remaining, 100); // benefits, alimony, informal work
  } else {
    if (parents !== "both" && random.chance(0.4)) {
      otherMonthlyIncomeTenge = roundTo(remaining * (0.2 + random.next() * 0.2), 100); // alimony
      remaining -= otherMonthlyIncomeTenge;
    }
    const shares = earners.map(() => 0.6 + random.next() * 0.8);
    const shareTotal = shares.reduce((sum, share) => sum + share, 0);
    earners.forEach((earner, index) => {
      earner.monthlyIncomeTenge = Math.max(0, roundTo((remaining * (shares[index] ?? 1)) / shareTotal, 100));
    });
  }

  const isWealthy = ratio[0] >= 2.5;
  const inQueue = category !== undefined;
  const ownsHome = !inQueue && random.chance(isWealthy ? 0.75 : 0.35);
  const housing = {
    inHousingQueue: inQueue,
    ownsHome,
    savingsTenge: random.chance(inQueue ? 0.45 : 0.4) ? 0 : roundTo(random.int(50_000, isWealthy ? 25_000_000 : inQueue ? 3_000_000 : 6_000_000), 1_000),
    // Almaty flats: most families look at 9–25 million; wealthier ones at up to 45.
    apartmentPriceTenge: !ownsHome && random.chance(inQueue ? 0.6 : 0.25)
      ? roundTo(random.int(9_000_000, isWealthy ? 45_000_000 : 25_000_000), 100_000)
      : null,
  };
  const oldestChildBirth = childDays[0] !== undefined ? dayToIsoDate(childDays[0]) : "2010-01-01";
  const queueFrom = oldestChildBirth > "2010-01-01" ? oldestChildBirth : "2010-01-01";
  const queue = category
    ? { category, registeredAt: random.dateBetween(queueFrom < asOf ? queueFrom : "2010-01-01", dayToIsoDate(asOfDay - 1)) }
    : null;

  const applicantIndex = parents === "both" && random.chance(0.65) ? 1 : 0;
  const createdDay = random.int(isoDateToDay("2023-01-10"), asOfDay - 30);
  const locale = random.weighted(
    naming.ethnicity === "kazakh" ? ([["kk", 60], ["ru", 38], ["en", 2]] as const) : ([["ru", 95], ["kk", 3], ["en", 2]] as const),
  );
  return {
    district,
    address: randomAddress(random, district),
    otherMonthlyIncomeTenge,
    difficultLifeSituation: random.chance(parents === "both" ? 0.02 : 0.08) ? random.pick(DIFFICULT_SITUATIONS) : null,
    members,
    applicantIndex,
    phone: `+7${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, "0")}`,
    locale,
    housing,
    queue,
    createdAt: new Date(createdDay * DAY_MS + random.int(3 * 60, 17 * 60) * 60_000),
    payoutAccount: randomKazakhIban(random),
  };
}

function describeChild(
  random: Random,
  options: { asOf: string; birthDate: string; sex: Sex; name: PersonName; forceDisability: boolean },
): MemberDescription {
  const age = ageOn(options.birthDate, options.asOf);
  let education: Education = "NONE";
  let fullTimeStudent = false;
  if (age >= 1 && age <= 6) education = random.chance(0.75) ? "PRESCHOOL" : "NONE";
  else if (age >= 7 && age <= 15) education = "SCHOOL";
  else if (age >= 16 && age <= 17) {
    education = random.chance(0.75) ? "SCHOOL" : "COLLEGE";
    fullTimeStudent = education === "COLLEGE";
  } else if (age >= 18 && random.chance(0.6)) {
    education = age <= 20 && random.chance(0.3) ? "COLLEGE" : "UNIVERSITY";
    fullTimeStudent = true;
  }
  const disability = options.forceDisability || random.chance(0.025);
  const homeSchooled = disability && education === "SCHOOL" && random.chance(options.forceDisability ? 0.7 : 0.5);
  const isPupilOrStudent = (education === "SCHOOL" && age >= 8) || fullTimeStudent;
  return {
    name: options.name, sex: options.sex, birthDate: options.birthDate, role: "CHILD",
    relation: options.sex === "male" ? "сын" : "дочь", education, fullTimeStudent,
    excellentStudent: isPupilOrStudent && random.chance(0.15), disability, homeSchooled,
    employed: false, monthlyIncomeTenge: 0,
  };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
