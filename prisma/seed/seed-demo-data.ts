// Deterministic demo data: the demo accounts and their family, staff, N random families,
// the housing queue, applications in every status with their timelines, decisions,
// entitlements, housing certificates, payment runs and payments, notifications and audit entries.
//
// Same options → same rows: ids are derived from positions (fam_000123), every random
// choice comes from a seeded generator forked per family, and no clock is read (dates
// are relative to `asOf`). Only password hashes differ between runs (argon2 salts).
//
// Speed: rows are built per chunk of families and sent as one JSON document per table
// (`INSERT … SELECT … FROM json_populate_recordset`), a handful of round trips per
// chunk, all inside one transaction, so a failed seed leaves nothing behind.
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/create-client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet, type ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { ApplicationStatus, District, HousingQueueCategory, Measure, PaymentStatus } from "@/prisma/generated/enums";
import { insertRows, type Executor } from "./bulk-insert";
import { seedCounsellingSlots } from "./counselling-slots";
import { DEMO_ACCOUNTS, DEMO_APPLICATION_PLANS, DEMO_CITIZEN_FAMILY, DEMO_PASSWORD } from "./demo-accounts";
import {
  buildApplicationHistory,
  buildFamilyRecord,
  buildStaffUser,
  dateOnly,
  DISTRICTS,
  emptyApplicationRows,
  familyIdsFor,
  familyRecordFromDescription,
  IinAllocator,
  randomKazakhIban,
  unusablePasswordHash,
  type ApplicationContext,
  type ApplicationPlan,
  type ApplicationRows,
  type FamilyRecord,
  type PaymentRunRow,
  type RejectionReason,
  type UserRow,
} from "./factories";
import { buildBudgetAllocations } from "./budget-allocations";
import { seedHousingCertificates } from "./housing-certificates";
import { createRandom, type Random } from "./random";

export { insertRows } from "./bulk-insert";

export const DEFAULT_AS_OF = "2026-11-01";
export const DEFAULT_RANDOM_SEED = 20_261_101;
/** The housing queue of large and incomplete families named in the program's sources. */
export const DEFAULT_HOUSING_QUEUE_FAMILIES = 1_276;
const DEFAULT_CHUNK_SIZE = 5_000;

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN", "APPEALED",
];

export interface SeedOptions {
  /** Families in total, the demo citizen's included. */
  families: number;
  randomSeed?: number;
  /** The day the data describe (YYYY-MM-DD); ages, dates and payment runs are relative to it. */
  asOf?: string;
  /** Families in the housing queue (the demo family included), clamped to `families`. */
  housingQueueFamilies?: number;
  /** Families built and inserted per batch. Does not change the data. */
  chunkSize?: number;
  log?: (line: string) => void;
}

export interface SeedSummary {
  families: number;
  members: number;
  users: number;
  staffUsers: number;
  housingQueueEntries: number;
  applications: number;
  applicationsByStatus: Record<ApplicationStatus, number>;
  timelineEvents: number;
  decisions: number;
  entitlements: number;
  paymentRuns: number;
  payments: number;
  paymentsByStatus: Record<PaymentStatus, number>;
  notifications: number;
  auditEntries: number;
  housingCertificates: number;
}

// ---------------------------------------------------------------------------------------
// Which applications a family makes

const STATUS_WEIGHTS_ELIGIBLE: readonly (readonly [ApplicationStatus, number])[] = [
  ["DRAFT", 7], ["SUBMITTED", 6], ["IN_REVIEW", 8], ["INFORMATION_REQUESTED", 4],
  ["APPROVED", 60], ["REJECTED", 5], ["WITHDRAWN", 7], ["APPEALED", 3],
];
const STATUS_WEIGHTS_INELIGIBLE: readonly (readonly [ApplicationStatus, number])[] = [
  ["DRAFT", 8], ["SUBMITTED", 5], ["IN_REVIEW", 6], ["INFORMATION_REQUESTED", 3],
  ["APPROVED", 0], ["REJECTED", 65], ["WITHDRAWN", 8], ["APPEALED", 5],
];

type PlannedApplication = ApplicationPlan & { previous?: "REJECTED" | "WITHDRAWN" };

/**
 * The applications a family has made, from its facts: what it plausibly qualifies for is
 * mostly approved; what it does not is mostly rejected with the matching reason.
 */
export function planApplications(random: Random, record: FamilyRecord, parameters: ResolvedParameters, forcedStatus?: ApplicationStatus): PlannedApplication[] {
  const { facts, description } = record;
  const plans: PlannedApplication[] = [];
  const income: RejectionReason | null = facts.isLowIncome ? null : "INCOME_ABOVE_POVERTY_LINE";
  const consider = (measure: Measure, memberId: string | null, probability: number, reason: RejectionReason | null) => {
    if (!random.chance(probability)) return;
    const status = random.weighted(reason === null ? STATUS_WEIGHTS_ELIGIBLE : STATUS_WEIGHTS_INELIGIBLE);
    const isRejected = status === "REJECTED" || status === "APPEALED";
    plans.push({
      measure, memberId, status,
      ...(isRejected ? { reasonCode: reason ?? "DOCUMENTS_INCOMPLETE" } : {}),
      ...(random.chance(0.08) ? { previous: random.chance(0.6) ? "REJECTED" : "WITHDRAWN" } : {}),
    });
  };
  const value = (key: keyof ResolvedParameters["byKey"]) => parameters.byKey[key].value;
  const low = facts.isLowIncome;

  for (const child of facts.members) {
    if (child.role !== "CHILD") continue;
    if (child.age >= value("KINDERGARTEN_MIN_AGE_YEARS") && child.age <= value("KINDERGARTEN_MAX_AGE_YEARS") && child.education === "PRESCHOOL") {
      const firstChild = child.birthOrder < value("KINDERGARTEN_MIN_BIRTH_ORDER") ? "FIRST_CHILD_NOT_COVERED" : null;
      consider("FREE_KINDERGARTEN", child.id, low ? 0.45 : 0.06, income ?? firstChild);
    }
    if (child.excellentStudent) consider("SCHOLARSHIP", child.id, low ? 0.5 : 0.08, income);
    else if (child.education === "SCHOOL" && child.age >= 8) consider("SCHOLARSHIP", child.id, 0.005, "NOT_AN_EXCELLENT_STUDENT");
    if (child.disability && child.homeSchooled) consider("HOME_SCHOOLING_REIMBURSEMENT", child.id, 0.6, null);
    else if (child.disability && child.education === "SCHOOL") consider("HOME_SCHOOLING_REIMBURSEMENT", child.id, 0.05, "HOME_SCHOOLING_NOT_CONFIRMED");
  }
  const housing = description.housing;
  if (housing.inHousingQueue) consider("HOUSING_CERTIFICATE", null, 0.35, null);
  else if (!housing.ownsHome) consider("HOUSING_CERTIFICATE", null, 0.01, "NOT_IN_HOUSING_QUEUE");
  if (facts.isLarge) consider("UTILITIES_COMPENSATION", null, low ? 0.45 : 0.08, income);
  else if (facts.countedChildren === 3) consider("UTILITIES_COMPENSATION", null, 0.03, "NOT_A_LARGE_FAMILY");
  if (facts.isLarge || facts.minorChildren >= 3) {
    const enoughMinors = facts.minorChildren >= value("DOWN_PAYMENT_SUBSIDY_MIN_MINOR_CHILDREN");
    consider("DOWN_PAYMENT_SUBSIDY", null, low ? 0.2 : 0.04, enoughMinors ? income : "FEWER_THAN_FOUR_MINOR_CHILDREN");
  }
  if (housing.ownsHome) consider("PREFERENTIAL_MORTGAGE", null, 0.01, "OWNS_HOME");
  else if (housing.apartmentPriceTenge !== null) {
    consider("PREFERENTIAL_MORTGAGE", null, 0.2, housing.apartmentPriceTenge > value("MORTGAGE_PRICE_CAP_TENGE") ? "PRICE_ABOVE_CAP" : null);
  }
  if (description.difficultLifeSituation) consider("ONE_TIME_ASSISTANCE", null, 0.7, null);
  else consider("ONE_TIME_ASSISTANCE", null, 0.015, "SITUATION_NOT_CONFIRMED");
  const hasUnemployedAdult = facts.members.some((member) => member.role === "PARENT" && !member.employed && member.age < value("WORKING_AGE_UNDER_YEARS"));
  if (hasUnemployedAdult) {
    consider("SOCIAL_JOBS", null, low ? 0.18 : 0.03, income);
    consider("RETRAINING_COURSES", null, low ? 0.12 : 0.03, income);
  } else consider("SOCIAL_JOBS", null, 0.01, "NO_UNEMPLOYED_ADULT");
  const hasMother = facts.members.some((member) => member.role === "PARENT" && member.sex === "female");
  if (facts.isLarge && hasMother) consider("MOTHERS_CENTER", null, 0.06, null);

  // The first families of every seed carry each status at least once, however small the seed.
  if (forcedStatus) {
    const existing = plans.find((plan) => plan.measure === "MOTHERS_CENTER");
    const forced: PlannedApplication = {
      measure: "MOTHERS_CENTER", memberId: null, status: forcedStatus,
      ...(forcedStatus === "REJECTED" || forcedStatus === "APPEALED" ? { reasonCode: "DOCUMENTS_INCOMPLETE" as const } : {}),
    };
    if (existing) Object.assign(existing, forced, { previous: undefined });
    else plans.push(forced);
  }
  return plans;
}

// ---------------------------------------------------------------------------------------
// The seed

function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function monthsBefore(isoMonthStart: string, months: number): string {
  const date = dateOnly(isoMonthStart);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedSummary> {
  const families = options.families;
  if (!Number.isInteger(families) || families < 1) throw new RangeError("families must be a whole number of at least 1");
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError("asOf must be a date YYYY-MM-DD");
  const log = options.log ?? (() => {});
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const queueFamilies = Math.max(1, Math.min(options.housingQueueFamilies ?? DEFAULT_HOUSING_QUEUE_FAMILIES, families));
  const root = createRandom(options.randomSeed ?? DEFAULT_RANDOM_SEED);
  const parameters = resolveParameterSet(DEFAULT_PARAMETERS, asOf);
  const iins = new IinAllocator(0, 4_999);

  // Two hashes for the whole seed: the demo password, and a random password nobody knows.
  const [demoHash, nobodysHash] = await Promise.all([hashPassword(DEMO_PASSWORD), unusablePasswordHash()]);

  // Staff: the demo caseworker, supervisor and administrator, plus colleagues.
  const staffCreatedAt = new Date("2025-01-15T04:00:00.000Z");
  const demo = Object.fromEntries(DEMO_ACCOUNTS.map((account) => [account.role, account])) as Record<(typeof DEMO_ACCOUNTS)[number]["role"], (typeof DEMO_ACCOUNTS)[number]>;
  const staffRandom = root.fork("staff");
  const staff: UserRow[] = [];
  for (const role of ["ADMIN", "SUPERVISOR", "CASEWORKER"] as const) {
    const account = demo[role];
    staff.push(buildStaffUser(staffRandom, {
      id: account.userId, role, district: account.district, passwordHash: demoHash, iins, iin: account.iin, name: account.fullName,
      createdAt: staffCreatedAt, createdById: role === "ADMIN" ? null : demo.ADMIN.userId,
    }));
  }
  const colleague = (id: string, role: "ADMIN" | "SUPERVISOR" | "CASEWORKER", district: District | null) =>
    staff.push(buildStaffUser(staffRandom, { id, role, district, passwordHash: nobodysHash, iins, createdAt: staffCreatedAt, createdById: demo.ADMIN.userId }));
  colleague("usr_staff_admin_1", "ADMIN", null);
  for (let index = 1; index <= 3; index++) colleague(`usr_staff_supervisor_${index}`, "SUPERVISOR", null);
  const caseworkersByDistrict = {} as Record<District, string[]>;
  for (const district of DISTRICTS) {
    caseworkersByDistrict[district] = district === "ALMALY" ? [demo.CASEWORKER.userId] : [];
    for (let index = 1; index <= 3 - (district === "ALMALY" ? 1 : 0); index++) {
      const id = `usr_staff_caseworker_${district.toLowerCase()}_${index}`;
      colleague(id, "CASEWORKER", district);
      caseworkersByDistrict[district].push(id);
    }
  }
  const supervisorIds = staff.filter((user) => user.role === "SUPERVISOR").map((user) => user.id);

  // Payment runs for the three months before asOf (done) and asOf's month (scheduled).
  const asOfMonth = `${asOf.slice(0, 7)}-01`;
  const paymentRuns: PaymentRunRow[] = [3, 2, 1, 0].map((back) => {
    const month = monthsBefore(asOfMonth, back);
    const runDay = Math.min(dateOnly(month).getTime() + 4 * 86_400_000, dateOnly(asOf).getTime() - 2 * 86_400_000);
    const createdAt = new Date(runDay + 5 * 3_600_000);
    // Older runs went to the bank the next day and were confirmed two days later; last
    // month's is at the bank (its payments SENT, PAID or FAILED), this month's not yet exported.
    const exportedAt = back >= 1 ? new Date(createdAt.getTime() + 86_400_000) : null;
    const confirmedAt = back >= 2 ? new Date(createdAt.getTime() + 3 * 86_400_000) : null;
    return { id: `run_${month.slice(0, 7).replace("-", "")}`, periodMonth: dateOnly(month), startedById: demo.SUPERVISOR.userId, createdAt, exportedAt, confirmedAt };
  });

  let referenceSerial = 0;
  let auditId = 0;
  const context: ApplicationContext = {
    asOf, parameters, caseworkersByDistrict, supervisorIds, paymentRuns,
    nextReferenceSerial: () => ++referenceSerial,
    nextAuditId: () => ++auditId,
  };

  const summary: SeedSummary = {
    families: 0, members: 0, users: staff.length, staffUsers: staff.length, housingQueueEntries: 0,
    applications: 0, applicationsByStatus: emptyCounts(APPLICATION_STATUSES), timelineEvents: 0, decisions: 0,
    entitlements: 0, paymentRuns: paymentRuns.length, payments: 0,
    paymentsByStatus: emptyCounts<PaymentStatus>(["SCHEDULED", "SENT", "PAID", "FAILED", "RETURNED"]), notifications: 0, auditEntries: 0,
    housingCertificates: 0,
  };

  const generatedFamilies = families - 1;
  const generatedQueue = queueFamilies - 1;
  const isInQueue = (index: number) =>
    generatedQueue > 0 && Math.floor(((index + 1) * generatedQueue) / generatedFamilies) > Math.floor((index * generatedQueue) / generatedFamilies);

  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "User", staff);
      await insertRows(tx, "PaymentRun", paymentRuns);
      await seedCounsellingSlots(tx, asOf);

      // The demo citizen's family, with applications handled by the demo caseworker.
      const demoRandom = root.fork("demo-family");
      const demoRecord = familyRecordFromDescription(
        { ...DEMO_CITIZEN_FAMILY, members: DEMO_CITIZEN_FAMILY.members.map((member) => ({ ...member })), payoutAccount: randomKazakhIban(demoRandom) },
        { ids: { family: "fam_demo", user: demo.CITIZEN.userId, memberPrefix: "mem_demo", queueEntry: "hqe_demo" }, asOf, iins, passwordHash: demoHash, poverty: parameters },
      );
      const demoRows = emptyApplicationRows();
      const demoContext: ApplicationContext = { ...context, caseworkersByDistrict: { ...caseworkersByDistrict, ALMALY: [demo.CASEWORKER.userId] }, supervisorIds: [demo.SUPERVISOR.userId] };
      DEMO_APPLICATION_PLANS.forEach((plan, index) => {
        const memberId = plan.memberIndex === null ? null : (demoRecord.members[plan.memberIndex]?.id ?? null);
        buildApplicationHistory(demoRandom, demoRecord, { ...plan, memberId }, demoContext, demoRows, { id: `app_demo_${index + 1}` });
      });
      await insertChunk(tx, [demoRecord], demoRows, summary);

      for (let chunkStart = 0; chunkStart < generatedFamilies; chunkStart += chunkSize) {
        const chunkEnd = Math.min(generatedFamilies, chunkStart + chunkSize);
        const records: FamilyRecord[] = [];
        const rows = emptyApplicationRows();
        for (let index = chunkStart; index < chunkEnd; index++) {
          const suffix = String(index + 1).padStart(6, "0");
          const random = root.fork(`family-${index}`);
          const housingQueue: HousingQueueCategory | undefined = isInQueue(index)
            ? random.weighted([["LARGE_FAMILY", 50], ["INCOMPLETE_FAMILY", 35], ["CHILD_WITH_DISABILITY", 10], ["OTHER_SOCIALLY_VULNERABLE", 5]] as const)
            : undefined;
          const record = buildFamilyRecord(random, { ids: familyIdsFor(suffix), asOf, iins, passwordHash: nobodysHash, poverty: parameters, ...(housingQueue ? { housingQueue } : {}) });
          records.push(record);
          const forcedStatus = index < 2 * APPLICATION_STATUSES.length ? APPLICATION_STATUSES[index % APPLICATION_STATUSES.length] : undefined;
          let number = 0;
          for (const plan of planApplications(random, record, parameters, forcedStatus)) {
            const createdAt = buildApplicationHistory(random, record, plan, context, rows, { id: `app_${suffix}_${++number}` });
            if (createdAt && plan.previous) {
              const earlier: ApplicationPlan = {
                measure: plan.measure, memberId: plan.memberId, status: plan.previous,
                ...(plan.previous === "REJECTED" ? { reasonCode: "DOCUMENTS_INCOMPLETE" as const } : {}),
              };
              buildApplicationHistory(random, record, earlier, context, rows, { id: `app_${suffix}_${++number}`, latestEnd: new Date(createdAt.getTime() - 86_400_000) });
            }
          }
        }
        await insertChunk(tx, records, rows, summary);
        log(`families ${chunkEnd + 1}/${families}, applications ${summary.applications}`);
      }

      summary.housingCertificates = await seedHousingCertificates(tx, root.fork("housing-certificates"));
      await tx.budgetAllocation.createMany({ data: buildBudgetAllocations(Number(asOf.slice(0, 4)), families) });

      // Later submissions continue after the seeded references; the audit log after its ids.
      if (referenceSerial > 0) await tx.$executeRawUnsafe(`SELECT setval('application_reference_seq', ${referenceSerial})`);
      if (auditId > 0) await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"AuditLog"', 'id'), ${auditId})`);
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  return summary;
}

async function insertChunk(tx: Executor, records: readonly FamilyRecord[], rows: ApplicationRows, summary: SeedSummary): Promise<void> {
  const members = records.flatMap((record) => record.members);
  const queueEntries = records.flatMap((record) => (record.queueEntry ? [record.queueEntry] : []));
  await insertRows(tx, "User", records.map((record) => record.user));
  await insertRows(tx, "Family", records.map((record) => record.family));
  await insertRows(tx, "FamilyMember", members);
  await insertRows(tx, "HousingSituation", records.map((record) => record.housing));
  await insertRows(tx, "HousingQueueEntry", queueEntries);
  await insertRows(tx, "HousingQueueEvent", records.flatMap((record) => record.queueEvents));
  await insertRows(tx, "Application", rows.applications);
  await insertRows(tx, "TimelineEvent", rows.timeline);
  await insertRows(tx, "Decision", rows.decisions);
  await insertRows(tx, "Entitlement", rows.entitlements);
  await insertRows(tx, "Payment", rows.payments);
  await insertRows(tx, "Notification", rows.notifications);
  await insertRows(tx, "AuditLog", rows.auditLogs);

  summary.families += records.length;
  summary.users += records.length;
  summary.members += members.length;
  summary.housingQueueEntries += queueEntries.length;
  summary.applications += rows.applications.length;
  for (const application of rows.applications) summary.applicationsByStatus[application.status ?? "DRAFT"] += 1;
  summary.timelineEvents += rows.timeline.length;
  summary.decisions += rows.decisions.length;
  summary.entitlements += rows.entitlements.length;
  summary.payments += rows.payments.length;
  for (const payment of rows.payments) summary.paymentsByStatus[payment.status ?? "SCHEDULED"] += 1;
  summary.notifications += rows.notifications.length;
  summary.auditEntries += rows.auditLogs.length;
}

/** The summary as a few readable lines, for the command line. */
export function formatSeedSummary(summary: SeedSummary): string {
  const byStatus = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([status, count]) => `${status} ${count}`)
      .join(", ");
  return [
    `families            ${summary.families} (${summary.housingQueueEntries} in the housing queue)`,
    `family members      ${summary.members}`,
    `users               ${summary.users} (${summary.staffUsers} staff)`,
    `applications        ${summary.applications}: ${byStatus(summary.applicationsByStatus)}`,
    `timeline events     ${summary.timelineEvents}, decisions ${summary.decisions}, audit entries ${summary.auditEntries}`,
    `entitlements        ${summary.entitlements}, housing certificates ${summary.housingCertificates}`,
    `payments            ${summary.payments} in ${summary.paymentRuns} runs: ${byStatus(summary.paymentsByStatus)}`,
    `notifications       ${summary.notifications}`,
  ].join("\n");
}
