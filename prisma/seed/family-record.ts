// A described family as rows (user, family, members, housing, queue entry and event),
// plus the facts about it that application planning reads.
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { Education, HousingQueueCategory, MemberRole } from "@/prisma/generated/enums";
import { ageOn, dateOnly, HOUR_MS } from "./dates";
import { describeRandomFamily, type DescribeFamilyOptions, type FamilyDescription } from "./family-description";
import type { IinAllocator } from "./iin-allocator";
import { formatFullName, type Sex } from "./names";
import type { Random } from "./random";
import type { FamilyRow, HousingRow, MemberRow, QueueEntryRow, QueueEventRow, UserRow } from "./row-types";

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
