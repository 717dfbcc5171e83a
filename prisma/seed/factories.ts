// Builders of demo rows, shared by the seed and the integration tests (Epic Stack's
// tests/db-utils.ts idea). `build*` functions are pure: they take a seeded Random and
// return plain rows shaped like Prisma's createMany inputs. `create*` functions insert
// them through a Database for tests. The seed inserts the same rows in bulk.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/create-client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet, type ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import { buildIin } from "@/lib/iin";
import type { Prisma } from "@/prisma/generated/client";
import { formatApplicationReference } from "@/lib/applications/reference";
import type {
  ApplicationStatus,
  District,
  Education,
  HousingQueueCategory,
  Measure,
  MemberRole,
  PaymentStatus,
  Role,
  TimelineEventType,
} from "@/prisma/generated/enums";
import {
  childName,
  fatherName,
  formatFullName,
  motherName,
  pickFamilyNaming,
  randomAddress,
  randomPersonName,
  type PersonName,
  type Sex,
} from "./names";
import { createRandom, dayToIsoDate, isoDateToDay, type Random } from "./random";

export const DISTRICTS: readonly District[] = [
  "ALATAU", "ALMALY", "AUEZOV", "BOSTANDYK", "ZHETYSU", "MEDEU", "NAURYZBAY", "TURKSIB",
];

// Rough population shares of Almaty's districts (thousands), so the caseload looks real.
const DISTRICT_WEIGHTS: readonly (readonly [District, number])[] = [
  ["ALATAU", 320], ["ALMALY", 220], ["AUEZOV", 310], ["BOSTANDYK", 380],
  ["ZHETYSU", 200], ["MEDEU", 230], ["NAURYZBAY", 200], ["TURKSIB", 250],
];

// ---------------------------------------------------------------------------------------
// Time helpers: dates are ISO strings (YYYY-MM-DD); instants are Dates in UTC.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function addYearsToIsoDate(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split("-");
  const shifted = `${String(Number(year) + years).padStart(4, "0")}-${month}-${day}`;
  return shifted.endsWith("-02-29") && !isLeapYear(Number(year) + years) ? shifted.replace(/29$/, "28") : shifted;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole years between a birth date and `asOf`. */
export function ageOn(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A birth date that makes someone exactly `age` years old on `asOf`. */
function birthDateForAge(random: Random, asOf: string, age: number): string {
  const latest = addYearsToIsoDate(asOf, -age);
  const earliest = dayToIsoDate(isoDateToDay(addYearsToIsoDate(asOf, -(age + 1))) + 1);
  return random.dateBetween(earliest, latest);
}

function firstOfMonth(instant: Date): string {
  return `${instant.toISOString().slice(0, 7)}-01`;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

// ---------------------------------------------------------------------------------------
// IINs

/**
 * Hands out unique, checksum-valid IINs. The serial (digits 8–11) counts up separately
 * for each birth date and sex, so two people never share an IIN however many families
 * are built. Disjoint serial ranges keep the seed (0–4999) and the test factories
 * (5000–8999) apart when they share a database; 9000–9999 is left for hand-written test
 * fixtures and the fixed demo accounts (99xx).
 */
export class IinAllocator {
  private readonly nextSerial = new Map<string, number>();

  constructor(
    private readonly firstSerial = 0,
    private readonly lastSerial = 4_999,
  ) {}

  allocate(birthDate: string, sex: Sex): string {
    const key = `${birthDate}${sex}`;
    const serial = this.nextSerial.get(key) ?? this.firstSerial;
    const iin = buildIin(birthDate, sex, serial);
    // buildIin skips serials that have no valid check digit; continue after the one used.
    const used = Number(iin.slice(7, 11));
    if (used < serial || used > this.lastSerial) {
      throw new RangeError(`no IIN serial left for ${birthDate} ${sex} in ${this.firstSerial}–${this.lastSerial}`);
    }
    this.nextSerial.set(key, used + 1);
    return iin;
  }
}

// ---------------------------------------------------------------------------------------
// Families

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

type WithId<T> = T & { id: string };
export type UserRow = WithId<Prisma.UserCreateManyInput> & { role: Role; district: District | null; createdAt: Date };
export type FamilyRow = WithId<Prisma.FamilyCreateManyInput>;
export type MemberRow = WithId<Prisma.FamilyMemberCreateManyInput> & { birthDate: Date };
export type HousingRow = Prisma.HousingSituationCreateManyInput;
export type QueueEntryRow = WithId<Prisma.HousingQueueEntryCreateManyInput>;
export type QueueEventRow = WithId<Prisma.HousingQueueEventCreateManyInput>;

/** What application planning needs to know about a member, at the seed's date. */
export interface MemberFacts {
  id: string;
  sex: Sex;
  age: number;
  role: MemberRole;
  /** 1 for the oldest child, 2 for the next, … (0 for adults). */
  birthOrder: number;
  education: Education;
  excellentStudent: boolean;
  fullTimeStudent: boolean;
  disability: boolean;
  homeSchooled: boolean;
  employed: boolean;
}

export interface FamilyRecord {
  user: UserRow;
  family: FamilyRow;
  members: MemberRow[];
  housing: HousingRow;
  queueEntry: QueueEntryRow | null;
  queueEvents: QueueEventRow[];
  description: FamilyDescription;
  facts: {
    members: MemberFacts[];
    perCapitaIncomeTenge: number;
    isLowIncome: boolean;
    minorChildren: number;
    /** Minors plus full-time students under 23: the children that make a family large. */
    countedChildren: number;
    isLarge: boolean;
    isIncomplete: boolean;
  };
}

export interface FamilyIds {
  family: string;
  user: string;
  /** Prefix of member ids: `${memberPrefix}_1`, `_2`, … */
  memberPrefix: string;
  queueEntry: string;
}

/** Deterministic ids for the n-th seeded family: fam_000123, usr_000123, mem_000123_1, … */
export function familyIdsFor(suffix: string): FamilyIds {
  return { family: `fam_${suffix}`, user: `usr_${suffix}`, memberPrefix: `mem_${suffix}`, queueEntry: `hqe_${suffix}` };
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

/** A Kazakhstani IBAN (KZ, 2 check digits, 3-digit bank code, 13 account digits) with valid check digits. */
export function randomKazakhIban(random: Random): string {
  const bban = `${random.pick(["722", "601", "998", "965", "826"] as const)}${Array.from({ length: 13 }, () => random.int(0, 9)).join("")}`;
  // ISO 13616: move "KZ00" to the end, letters to numbers (K=20, Z=35), 98 − (n mod 97).
  const numeric = `${bban}203500`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `KZ${String(98 - remainder).padStart(2, "0")}${bban}`;
}

export interface RecordOptions {
  ids: FamilyIds;
  asOf: string;
  iins: IinAllocator;
  passwordHash: string;
  poverty: ResolvedParameters;
}

/** Rows for a described family: user, family, members, housing and the queue entry. */
export function familyRecordFromDescription(description: FamilyDescription, options: RecordOptions): FamilyRecord {
  const { ids, asOf } = options;
  const createdAt = description.createdAt;
  let childOrder = 0;
  const members: MemberRow[] = [];
  const memberFacts: MemberFacts[] = [];
  description.members.forEach((member, index) => {
    const id = `${ids.memberPrefix}_${index + 1}`;
    const iin = member.iin ?? options.iins.allocate(member.birthDate, member.sex);
    const birthOrder = member.role === "CHILD" ? ++childOrder : 0;
    members.push({
      id, familyId: ids.family, iin, fullName: formatFullName(member.name), birthDate: dateOnly(member.birthDate),
      role: member.role, relation: member.relation, education: member.education,
      fullTimeStudent: member.fullTimeStudent, excellentStudent: member.excellentStudent,
      disability: member.disability, homeSchooled: member.homeSchooled, employed: member.employed,
      monthlyIncomeTenge: member.monthlyIncomeTenge, position: index, createdAt, updatedAt: createdAt,
    });
    memberFacts.push({
      id, sex: member.sex, age: ageOn(member.birthDate, asOf), role: member.role, birthOrder,
      education: member.education, excellentStudent: member.excellentStudent, fullTimeStudent: member.fullTimeStudent,
      disability: member.disability, homeSchooled: member.homeSchooled, employed: member.employed,
    });
  });
  const applicant = members[description.applicantIndex] ?? members[0];
  if (!applicant) throw new Error("a family needs at least one member");

  const totalIncome = description.members.reduce((sum, member) => sum + member.monthlyIncomeTenge, description.otherMonthlyIncomeTenge);
  const perCapitaIncomeTenge = Math.round(totalIncome / members.length);
  const children = memberFacts.filter((member) => member.role === "CHILD");
  const minorChildren = children.filter((child) => child.age < 18).length;
  const countedChildren = children.filter((child) => child.age < 18 || (child.fullTimeStudent && child.age < 23)).length;

  const queueEntry: QueueEntryRow | null = description.queue
    ? {
        id: ids.queueEntry, familyId: ids.family, category: description.queue.category,
        registeredAt: dateOnly(description.queue.registeredAt), status: "WAITING",
        updatedAt: dateOnly(description.queue.registeredAt),
      }
    : null;
  return {
    user: {
      id: ids.user, iin: applicant.iin, fullName: applicant.fullName, phone: description.phone,
      passwordHash: options.passwordHash, role: "CITIZEN", district: null, locale: description.locale,
      createdAt, updatedAt: createdAt,
    },
    family: {
      id: ids.family, applicantId: ids.user, district: description.district, address: description.address,
      otherMonthlyIncomeTenge: description.otherMonthlyIncomeTenge, difficultLifeSituation: description.difficultLifeSituation,
      createdAt, updatedAt: createdAt,
    },
    members,
    housing: { familyId: ids.family, ...description.housing, updatedAt: createdAt },
    queueEntry,
    queueEvents: queueEntry
      ? [{
          id: `${ids.queueEntry}_1`, entryId: queueEntry.id, kind: "REGISTERED", position: null,
          note: `Поставлены на учёт нуждающихся в жилье: ${QUEUE_CATEGORY_NOTES[queueEntry.category]}`,
          createdAt: new Date(dateOnly(description.queue?.registeredAt ?? asOf).getTime() + 10 * HOUR_MS),
        }]
      : [],
    description,
    facts: {
      members: memberFacts,
      perCapitaIncomeTenge,
      isLowIncome: perCapitaIncomeTenge < options.poverty.povertyLine.value,
      minorChildren,
      countedChildren,
      isLarge: countedChildren >= options.poverty.byKey.LARGE_FAMILY_MIN_CHILDREN.value,
      isIncomplete: !(memberFacts.filter((member) => member.role === "PARENT").length >= 2),
    },
  };
}

const QUEUE_CATEGORY_NOTES: Readonly<Record<HousingQueueCategory, string>> = {
  LARGE_FAMILY: "многодетная семья",
  INCOMPLETE_FAMILY: "неполная семья",
  CHILD_WITH_DISABILITY: "семья, воспитывающая ребёнка с инвалидностью",
  OTHER_SOCIALLY_VULNERABLE: "иные социально уязвимые слои населения",
};

/** A random family as rows (describeRandomFamily + familyRecordFromDescription). */
export function buildFamilyRecord(random: Random, options: RecordOptions & Omit<DescribeFamilyOptions, "asOf" | "poverty">): FamilyRecord {
  return familyRecordFromDescription(describeRandomFamily(random, options), options);
}

export interface StaffUserOptions {
  id: string;
  role: Exclude<Role, "CITIZEN">;
  district?: District | null;
  passwordHash: string;
  iins: IinAllocator;
  createdAt: Date;
  createdById?: string | null;
  name?: string;
  iin?: string;
}

/** A staff account row (caseworker, supervisor or administrator). */
export function buildStaffUser(random: Random, options: StaffUserOptions): UserRow {
  const sex: Sex = random.chance(0.7) ? "female" : "male";
  const iin = options.iin ?? options.iins.allocate(birthDateForAge(random, options.createdAt.toISOString().slice(0, 10), random.int(25, 58)), sex);
  return {
    id: options.id, iin, fullName: options.name ?? formatFullName(randomPersonName(random, sex)),
    phone: `+7727${String(random.int(0, 9_999_999)).padStart(7, "0")}`, passwordHash: options.passwordHash,
    role: options.role, district: options.role === "CASEWORKER" ? (options.district ?? "ALMALY") : (options.district ?? null),
    locale: random.chance(0.6) ? "ru" : "kk", createdAt: options.createdAt, updatedAt: options.createdAt,
    createdById: options.createdById ?? null,
  };
}

// ---------------------------------------------------------------------------------------
// Inserting through a Database (tests). The seed inserts the same rows in bulk instead.

let unusableHash: Promise<string> | undefined;
/**
 * The hash of a random password that is thrown away at once: accounts with it exist but
 * nobody can sign in as them. Computed once per process (argon2 costs ~50 ms).
 */
export function unusablePasswordHash(): Promise<string> {
  unusableHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return unusableHash;
}

// Test factories use their own IIN serial range (see IinAllocator) and ids that carry the
// process id, so parallel test files sharing one database do not collide.
const testIins = new IinAllocator(5_000 + (process.pid % 2_000), 8_999);
let testCounter = 0;
function nextTestSuffix(): string {
  testCounter += 1;
  return `t${process.pid.toString(36)}${Date.now().toString(36)}${testCounter}`;
}

export async function insertFamilyRecord(db: Database, record: FamilyRecord): Promise<void> {
  await db.$transaction([
    db.user.createMany({ data: [record.user] }),
    db.family.createMany({ data: [record.family] }),
    db.familyMember.createMany({ data: record.members }),
    db.housingSituation.createMany({ data: [record.housing] }),
    db.housingQueueEntry.createMany({ data: record.queueEntry ? [record.queueEntry] : [] }),
    db.housingQueueEvent.createMany({ data: record.queueEvents }),
  ]);
}

export interface CitizenOverrides extends Omit<DescribeFamilyOptions, "asOf" | "poverty"> {
  /** A password to sign in with; without it, the account cannot be signed in to. */
  password?: string;
  asOf?: string;
  random?: Random;
  /** Changes to the described family before it is inserted (e.g. a fixed income). */
  adjust?: (description: FamilyDescription) => void;
}

/** Inserts a citizen with a random family; returns the rows (and the password, if given). */
export async function createCitizenWithFamily(db: Database, overrides: CitizenOverrides = {}): Promise<FamilyRecord & { password?: string }> {
  const asOf = overrides.asOf ?? "2026-11-01";
  const random = overrides.random ?? createRandom(randomBytes(8).toString("hex"));
  const poverty = resolveParameterSet(DEFAULT_PARAMETERS, asOf);
  const description = describeRandomFamily(random, { ...overrides, asOf, poverty });
  overrides.adjust?.(description);
  const passwordHash = overrides.password ? await hashPassword(overrides.password) : await unusablePasswordHash();
  const record = familyRecordFromDescription(description, { ids: familyIdsFor(nextTestSuffix()), asOf, iins: testIins, passwordHash, poverty });
  await insertFamilyRecord(db, record);
  return overrides.password ? { ...record, password: overrides.password } : record;
}

/** Inserts a staff account; with a password it can sign in, otherwise not. */
export async function createStaffUser(
  db: Database,
  options: { role: Exclude<Role, "CITIZEN">; district?: District | null; password?: string; random?: Random },
): Promise<UserRow & { password?: string }> {
  const random = options.random ?? createRandom(randomBytes(8).toString("hex"));
  const passwordHash = options.password ? await hashPassword(options.password) : await unusablePasswordHash();
  const user = buildStaffUser(random, {
    id: `usr_${nextTestSuffix()}`, role: options.role, district: options.district ?? null,
    passwordHash, iins: testIins, createdAt: new Date(),
  });
  await db.user.createMany({ data: [user] });
  return options.password ? { ...user, password: options.password } : user;
}


// ---------------------------------------------------------------------------------------
// Applications, with a timeline, decision, entitlement and payments consistent with status

export type ApplicationRow = WithId<Prisma.ApplicationCreateManyInput>;
export type TimelineRow = WithId<Prisma.TimelineEventCreateManyInput>;
export type DecisionRow = WithId<Prisma.DecisionCreateManyInput>;
export type EntitlementRow = WithId<Prisma.EntitlementCreateManyInput>;
export type PaymentRunRow = WithId<Prisma.PaymentRunCreateManyInput> & { periodMonth: Date; createdAt: Date };
export type PaymentRow = WithId<Prisma.PaymentCreateManyInput>;
export type NotificationRow = WithId<Prisma.NotificationCreateManyInput>;
export type AuditRow = Prisma.AuditLogCreateManyInput & { id: number };

export interface ApplicationRows {
  applications: ApplicationRow[];
  timeline: TimelineRow[];
  decisions: DecisionRow[];
  entitlements: EntitlementRow[];
  payments: PaymentRow[];
  notifications: NotificationRow[];
  auditLogs: AuditRow[];
}

export function emptyApplicationRows(): ApplicationRows {
  return { applications: [], timeline: [], decisions: [], entitlements: [], payments: [], notifications: [], auditLogs: [] };
}

export interface ApplicationPlan {
  measure: Measure;
  /** The child (or adult) the application is for; null for family-level measures. */
  memberId: string | null;
  status: ApplicationStatus;
  /** Rejection reason (REJECTED and APPEALED); a code from REJECTION_EXPLANATIONS. */
  reasonCode?: RejectionReason;
  /** Start the application between these many days before asOf (default: by status). */
  startDaysBefore?: readonly [from: number, to: number];
}

export interface ApplicationContext {
  asOf: string;
  parameters: ResolvedParameters;
  caseworkersByDistrict: Readonly<Record<District, readonly string[]>>;
  supervisorIds: readonly string[];
  /** Sorted by month; the last is the run for the asOf month, still SCHEDULED. */
  paymentRuns: readonly PaymentRunRow[];
  nextReferenceSerial(): number;
  nextAuditId(): number;
}

/** Measures whose approval a second supervisor confirms (large sums). */
export const SECOND_APPROVAL_MEASURES: ReadonlySet<Measure> = new Set(["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY"]);
const MONTHLY_MEASURES: ReadonlySet<Measure> = new Set(["SCHOLARSHIP", "UTILITIES_COMPENSATION", "HOME_SCHOOLING_REIMBURSEMENT"]);
const ONCE_MEASURES: ReadonlySet<Measure> = new Set(["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY", "ONE_TIME_ASSISTANCE"]);
const HOUSING_PAYEE = "АО «Отбасы банк» — на первоначальный взнос";

export const REJECTION_EXPLANATIONS = {
  INCOME_ABOVE_POVERTY_LINE: "Среднедушевой доход семьи превышает черту бедности.",
  DOCUMENTS_INCOMPLETE: "Не представлены документы, необходимые для назначения меры поддержки.",
  NOT_IN_HOUSING_QUEUE: "Семья не состоит в очереди нуждающихся в жилье.",
  FEWER_THAN_FOUR_MINOR_CHILDREN: "В семье менее четырёх несовершеннолетних детей.",
  NOT_A_LARGE_FAMILY: "Семья не является многодетной.",
  FIRST_CHILD_NOT_COVERED: "Бесплатный детский сад предоставляется начиная со второго ребёнка.",
  NOT_AN_EXCELLENT_STUDENT: "По справке с места учёбы ребёнок не является отличником.",
  OWNS_HOME: "Семья владеет жильём.",
  NO_UNEMPLOYED_ADULT: "В семье нет безработных взрослых трудоспособного возраста.",
  SITUATION_NOT_CONFIRMED: "Трудная жизненная ситуация не подтверждена документами.",
  HOME_SCHOOLING_NOT_CONFIRMED: "Нет заключения о необходимости обучения ребёнка на дому.",
  PRICE_ABOVE_CAP: "Стоимость квартиры превышает предельную стоимость по программе.",
} as const;
export type RejectionReason = keyof typeof REJECTION_EXPLANATIONS;

const QUESTIONS = [
  "Приложите, пожалуйста, справку о доходах всех работающих членов семьи за последние 6 месяцев.",
  "Приложите справку с места учёбы с итоговыми оценками за прошлый учебный год.",
  "Не хватает свидетельства о рождении младшего ребёнка. Загрузите его, пожалуйста.",
  "Уточните, пожалуйста, адрес фактического проживания семьи.",
  "Приложите справку о составе семьи.",
] as const;
const ANSWERS = ["Справка загружена.", "Документ приложен к заявлению.", "Загрузила, проверьте, пожалуйста.", "Отправил уточнённые сведения."] as const;
const NOTES = ["Сверено с данными ГЦВП о доходах.", "Проверить справку о составе семьи.", "Сведения о недвижимости запрошены в ЦОН."] as const;
const APPEALS = [
  "Прошу пересмотреть решение: доход семьи рассчитан неверно, прилагаю справку.",
  "Не согласна с решением, документы были приложены при подаче.",
  "Прошу пересмотреть: ребёнок окончил год на отлично, справка приложена.",
] as const;
const PAYMENT_FAILURES = [
  "Счёт получателя закрыт",
  "Банк отклонил платёж: неверные реквизиты получателя",
  "ИИН получателя не совпадает с владельцем счёта",
] as const;

type Actor = "applicant" | "caseworker" | "supervisor" | "system";
interface Step {
  type: TimelineEventType;
  hours: number;
  actor: Actor;
  from: ApplicationStatus | null;
  to: ApplicationStatus | null;
  message?: string;
  isInternal?: boolean;
  respondByDays?: number;
}

// How far back an application in this status was created (days before asOf).
const WINDOW_DAYS: Readonly<Record<ApplicationStatus, number>> = {
  DRAFT: 60, SUBMITTED: 6, IN_REVIEW: 30, INFORMATION_REQUESTED: 9, APPEALED: 60,
  APPROVED: 730, REJECTED: 730, WITHDRAWN: 730,
};

/** The amount asked for or computed at submission, in tenge (null for non-cash measures). */
export function requestedAmount(random: Random, measure: Measure, family: FamilyRecord, memberId: string | null, parameters: ResolvedParameters): number | null {
  const value = (key: keyof ResolvedParameters["byKey"]) => parameters.byKey[key].value;
  switch (measure) {
    case "HOUSING_CERTIFICATE":
      return value("HOUSING_CERTIFICATE_TENGE");
    case "DOWN_PAYMENT_SUBSIDY":
    case "PREFERENTIAL_MORTGAGE": {
      const price = family.description.housing.apartmentPriceTenge ?? 20_000_000;
      const downPayment = Math.round((price * value("MORTGAGE_DOWN_PAYMENT_PERCENT")) / 100);
      return measure === "DOWN_PAYMENT_SUBSIDY" ? downPayment : price - downPayment;
    }
    case "SCHOLARSHIP": {
      const member = family.facts.members.find((candidate) => candidate.id === memberId);
      return member?.education === "SCHOOL" ? value("SCHOLARSHIP_SCHOOL_TENGE") : value("SCHOLARSHIP_HIGHER_EDUCATION_TENGE");
    }
    case "UTILITIES_COMPENSATION":
      return value("UTILITIES_COMPENSATION_TENGE");
    case "HOME_SCHOOLING_REIMBURSEMENT":
      return value("HOME_SCHOOLING_REIMBURSEMENT_TENGE");
    case "ONE_TIME_ASSISTANCE":
      return value("MCI_TENGE") * random.int(10, value("ONE_TIME_ASSISTANCE_CAP_MCI"));
    default:
      return null;
  }
}

function planSteps(random: Random, plan: ApplicationPlan): Step[] {
  const { status } = plan;
  const steps: Step[] = [];
  let hours = 0;
  const add = (type: TimelineEventType, gap: readonly [number, number], actor: Actor, from: ApplicationStatus | null, to: ApplicationStatus | null, extra: Partial<Step> = {}) => {
    hours += gap[0] + random.next() * (gap[1] - gap[0]);
    steps.push({ type, hours, actor, from, to, ...extra });
  };
  add("CREATED", [0, 0], "applicant", null, "DRAFT");
  if (status === "DRAFT") return steps;
  if (status === "WITHDRAWN" && random.chance(0.3)) {
    add("WITHDRAWN", [1, 120], "applicant", "DRAFT", "WITHDRAWN", { message: "Заявление отозвано заявителем." });
    return steps;
  }
  add("SUBMITTED", [0.1, 72], "applicant", "DRAFT", "SUBMITTED");
  if (status === "SUBMITTED") return steps;
  if (status === "WITHDRAWN" && random.chance(0.5)) {
    add("WITHDRAWN", [1, 96], "applicant", "SUBMITTED", "WITHDRAWN", { message: "Заявление отозвано заявителем." });
    return steps;
  }
  add("ASSIGNED", [1, 24], "system", null, null);
  add("REVIEW_STARTED", [2, 96], "caseworker", "SUBMITTED", "IN_REVIEW");
  if (random.chance(0.2)) add("NOTE", [1, 48], "caseworker", null, null, { message: random.pick(NOTES), isInternal: true });
  if (status === "INFORMATION_REQUESTED" || (status !== "IN_REVIEW" && random.chance(0.25))) {
    add("INFORMATION_REQUESTED", [4, 120], "caseworker", "IN_REVIEW", "INFORMATION_REQUESTED", { message: random.pick(QUESTIONS), respondByDays: 10 });
    if (status === "INFORMATION_REQUESTED") return steps;
    add("INFORMATION_PROVIDED", [12, 168], "applicant", "INFORMATION_REQUESTED", "IN_REVIEW", { message: random.pick(ANSWERS) });
  }
  if (status === "IN_REVIEW") return steps;
  if (status === "WITHDRAWN") {
    add("WITHDRAWN", [1, 96], "applicant", "IN_REVIEW", "WITHDRAWN", { message: "Заявление отозвано заявителем." });
    return steps;
  }
  if (status === "APPROVED") {
    if (SECOND_APPROVAL_MEASURES.has(plan.measure)) {
      add("APPROVED", [24, 240], "caseworker", null, null, { message: "Решение об одобрении передано на второе утверждение." });
      add("SECOND_APPROVAL", [2, 72], "supervisor", "IN_REVIEW", "APPROVED", { message: "Заявление одобрено." });
    } else {
      add("APPROVED", [24, 240], "caseworker", "IN_REVIEW", "APPROVED", { message: "Заявление одобрено." });
    }
    return steps;
  }
  add("REJECTED", [24, 240], "caseworker", "IN_REVIEW", "REJECTED", {
    message: REJECTION_EXPLANATIONS[plan.reasonCode ?? "DOCUMENTS_INCOMPLETE"],
  });
  if (status === "APPEALED") add("APPEALED", [24, 240], "applicant", "REJECTED", "APPEALED", { message: random.pick(APPEALS) });
  return steps;
}

/**
 * Appends one application and everything its status implies to `rows`: timeline events,
 * the decision (and audit entry), the entitlement and payments, notifications. Returns
 * when it was created, or null when it does not fit before `latestEnd`.
 */
export function buildApplicationHistory(
  random: Random,
  family: FamilyRecord,
  plan: ApplicationPlan,
  context: ApplicationContext,
  rows: ApplicationRows,
  options: { id: string; latestEnd?: Date },
): Date | null {
  const steps = planSteps(random, plan);
  const asOfTime = dateOnly(context.asOf).getTime();
  const end = Math.min(options.latestEnd?.getTime() ?? asOfTime, asOfTime) - HOUR_MS;
  const [fromDays, toDays] = plan.startDaysBefore ?? [WINDOW_DAYS[plan.status], 0];
  const lower = Math.max((family.family.createdAt as Date).getTime() + HOUR_MS, asOfTime - fromDays * DAY_MS);
  const duration = (steps[steps.length - 1]?.hours ?? 0) * HOUR_MS;
  const latestStart = Math.min(end - duration, asOfTime - toDays * DAY_MS);
  let start: number;
  let scale = 1;
  if (latestStart >= lower) start = lower + random.next() * (latestStart - lower);
  else if (end - lower > HOUR_MS) {
    start = lower;
    scale = (end - lower) / Math.max(duration, 1);
  } else return null;
  const at = (step: Step) => new Date(Math.round((start + step.hours * HOUR_MS * scale) / 1000) * 1000);

  const caseworkers = context.caseworkersByDistrict[family.family.district];
  const caseworkerId = caseworkers.length ? random.pick(caseworkers) : null;
  const supervisorId = context.supervisorIds.length ? random.pick(context.supervisorIds) : null;
  const actorId = (actor: Actor) =>
    actor === "applicant" ? family.user.id : actor === "caseworker" ? caseworkerId : actor === "supervisor" ? supervisorId : null;

  const createdAt = at(steps[0] as Step);
  const lastStep = steps[steps.length - 1] as Step;
  const find = (type: TimelineEventType) => steps.find((step) => step.type === type);
  const submitted = find("SUBMITTED");
  const requested = find("INFORMATION_REQUESTED");
  const provided = find("INFORMATION_PROVIDED");
  const decisionStep = find("REJECTED") ?? find("APPROVED");
  const finalApproval = find("SECOND_APPROVAL") ?? find("APPROVED");
  const isAssigned = steps.some((step) => step.type === "ASSIGNED");
  const amount = requestedAmount(random, plan.measure, family, plan.memberId, context.parameters);

  const submittedAt = submitted ? at(submitted) : null;
  const pauseMs = requested && provided ? at(provided).getTime() - at(requested).getTime() : 0;
  const decidedAt = plan.status === "APPROVED" && finalApproval ? at(finalApproval) : decisionStep && plan.status !== "WITHDRAWN" ? at(decisionStep) : null;
  const reference = formatApplicationReference(createdAt.getUTCFullYear(), context.nextReferenceSerial());
  rows.applications.push({
    id: options.id, reference, familyId: family.family.id, measure: plan.measure, memberId: plan.memberId,
    status: plan.status, version: steps.filter((step) => step.to !== null).length - 1, answers: {},
    amountTenge: amount, assigneeId: isAssigned ? caseworkerId : null, submittedAt,
    dueAt: submittedAt ? new Date(submittedAt.getTime() + 20 * DAY_MS + pauseMs) : null,
    decidedAt, createdAt, updatedAt: at(lastStep),
  });
  steps.forEach((step, index) => {
    const time = at(step);
    rows.timeline.push({
      id: `${options.id}_e${index + 1}`, applicationId: options.id, type: step.type, actorId: actorId(step.actor),
      fromStatus: step.from, toStatus: step.to, message: step.message ?? null, isInternal: step.isInternal ?? false,
      respondBy: step.respondByDays ? new Date(time.getTime() + step.respondByDays * DAY_MS) : null, createdAt: time,
    });
  });

  if (decisionStep && (plan.status === "APPROVED" || plan.status === "REJECTED" || plan.status === "APPEALED") && caseworkerId) {
    const isApproved = plan.status === "APPROVED";
    const decisionAt = at(decisionStep);
    const secondApproval = find("SECOND_APPROVAL");
    const decisionId = `dec_${options.id.slice(4)}`;
    rows.decisions.push({
      id: decisionId, applicationId: options.id, outcome: isApproved ? "APPROVED" : "REJECTED",
      reasonCode: isApproved ? null : (plan.reasonCode ?? "DOCUMENTS_INCOMPLETE"),
      explanation: isApproved ? null : REJECTION_EXPLANATIONS[plan.reasonCode ?? "DOCUMENTS_INCOMPLETE"],
      amountTenge: isApproved ? amount : null, decidedById: caseworkerId,
      secondApproverId: secondApproval ? supervisorId : null, secondApprovedAt: secondApproval ? at(secondApproval) : null,
      createdAt: decisionAt,
    });
    rows.auditLogs.push({
      id: context.nextAuditId(), at: decisionAt, actorId: caseworkerId, actorRole: "CASEWORKER",
      action: isApproved ? "application.approve" : "application.reject", entityType: "Application", entityId: options.id,
      before: { status: "IN_REVIEW" },
      after: { status: isApproved ? "APPROVED" : "REJECTED", decisionId, ...(isApproved ? {} : { reasonCode: plan.reasonCode ?? "DOCUMENTS_INCOMPLETE" }) },
    });
    if (isApproved && amount !== null && decidedAt) addEntitlement(random, family, plan, context, rows, { applicationId: options.id, amount, decidedAt });
  }

  // The family hears about recent changes: status changes in the last 30 days.
  const visible = [...steps].reverse().find((step) => ["SUBMITTED", "INFORMATION_REQUESTED", "SECOND_APPROVAL", "APPROVED", "REJECTED"].includes(step.type) && step.to !== null);
  if (visible && asOfTime - at(visible).getTime() < 30 * DAY_MS) {
    const sentAt = at(visible);
    const readAt = random.chance(0.5) ? new Date(Math.min(sentAt.getTime() + random.int(1, 48) * HOUR_MS, asOfTime - 60_000)) : null;
    const params = { reference, measure: plan.measure, status: visible.to };
    rows.notifications.push({ id: `ntf_${options.id.slice(4)}_1`, userId: family.user.id, channel: "IN_APP", template: "application.status-changed", params, readAt, sentAt, createdAt: sentAt });
    if (visible.type === "INFORMATION_REQUESTED") {
      rows.notifications.push({ id: `ntf_${options.id.slice(4)}_2`, userId: family.user.id, channel: "SMS", template: "application.information-requested", params, readAt: null, sentAt, createdAt: sentAt });
    }
  }
  return createdAt;
}

function addEntitlement(
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
    payee: isHousing ? HOUSING_PAYEE : family.description.payoutAccount, createdAt: approval.decidedAt,
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
