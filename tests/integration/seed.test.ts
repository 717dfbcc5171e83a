// The demo seed: deterministic, valid IINs, every application status, the housing queue,
// timelines that agree with statuses, and demo accounts that can sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { formatCertificateNumber } from "@/lib/certificates/issue-housing-certificate";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { maskIin, parseIin } from "@/lib/iin";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { APPLICATION_STATUSES, DEFAULT_HOUSING_QUEUE_FAMILIES, seedDemoData, type SeedSummary } from "@/prisma/seed/seed-demo-data";
import { createIsolatedDatabase } from "../support/local-database";

const SEEDED_TABLES = [
  "User", "Family", "FamilyMember", "HousingSituation", "HousingQueueEntry", "HousingQueueEvent", "Application",
  "TimelineEvent", "Decision", "Entitlement", "PaymentRun", "Payment", "Notification", "AuditLog", "CounsellingSlot",
  "HousingCertificate",
] as const;

/** One md5 per table over every row (as JSON, sorted), password hashes left out: their salts are random. */
async function contentHashes(db: Database): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const table of SEEDED_TABLES) {
    const rows = await db.$queryRawUnsafe<{ hash: string; count: bigint }[]>(
      `SELECT md5(coalesce(string_agg(row_text, E'\\n' ORDER BY row_text), '')) AS hash, count(*) AS count
         FROM (SELECT (to_jsonb(t) - 'passwordHash')::text AS row_text FROM "${table}" t) rows`,
    );
    hashes[table] = `${rows[0]?.count}:${rows[0]?.hash}`;
  }
  const [sequence] = await db.$queryRawUnsafe<{ last_value: bigint }[]>("SELECT last_value FROM application_reference_seq");
  hashes.application_reference_seq = String(sequence?.last_value);
  const [certificates] = await db.$queryRawUnsafe<{ last_value: bigint }[]>("SELECT last_value FROM housing_certificate_number_seq");
  hashes.housing_certificate_number_seq = String(certificates?.last_value);
  return hashes;
}

describe("seedDemoData", () => {
  const databases: { url: string; drop(): Promise<void> }[] = [];
  const clients: Database[] = [];
  let db: Database;
  let summary: SeedSummary;

  async function freshClient(): Promise<Database> {
    const database = await createIsolatedDatabase({ migrate: true });
    databases.push(database);
    const client = createPrismaClient(database.url);
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    db = await freshClient();
    summary = await seedDemoData(db, { families: 300, housingQueueFamilies: 40 });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  it("gives identical rows for the same seed, and different rows for another seed", async () => {
    const again = await freshClient();
    await seedDemoData(again, { families: 300, housingQueueFamilies: 40 });
    const first = await contentHashes(db);
    expect(await contentHashes(again)).toEqual(first);

    const other = await freshClient();
    await seedDemoData(other, { families: 300, housingQueueFamilies: 40, randomSeed: 7 });
    expect((await contentHashes(other)).FamilyMember).not.toEqual(first.FamilyMember);
  }, 120_000);

  it("writes what the summary reports", async () => {
    expect(summary.families).toBe(300);
    expect(await db.family.count()).toBe(300);
    expect(await db.familyMember.count()).toBe(summary.members);
    expect(await db.user.count()).toBe(summary.users);
    expect(await db.application.count()).toBe(summary.applications);
    expect(await db.payment.count()).toBe(summary.payments);
  });

  it("gives every person a valid IIN that matches the birth date, unique across users and members", async () => {
    const members = await db.familyMember.findMany({ select: { iin: true, birthDate: true } });
    for (const member of members) {
      const parsed = parseIin(member.iin);
      expect(parsed, member.iin).toMatchObject({ ok: true, value: { birthDate: member.birthDate.toISOString().slice(0, 10) } });
    }
    const users = await db.user.findMany({ select: { iin: true, role: true } });
    for (const user of users) expect(parseIin(user.iin).ok, user.iin).toBe(true);
    // A staff member is nobody's family member here, so no IIN is used twice across the tables.
    const staffIins = users.filter((user) => user.role !== "CITIZEN").map((user) => user.iin);
    expect(new Set([...members.map((member) => member.iin), ...staffIins]).size).toBe(members.length + staffIins.length);
  });

  it("has applications in every status, with timelines, decisions and reasons that agree", async () => {
    const counts = await db.application.groupBy({ by: ["status"], _count: { _all: true } });
    expect(counts.map((row) => row.status).sort()).toEqual([...APPLICATION_STATUSES].sort());

    const applications = await db.application.findMany({
      include: { timeline: { orderBy: { createdAt: "asc" } }, decisions: true },
    });
    for (const application of applications) {
      const changes = application.timeline.filter((event) => event.toStatus !== null);
      expect(changes[0]?.type, application.id).toBe("CREATED");
      expect(changes.at(-1)?.toStatus, application.id).toBe(application.status);
      expect(application.version).toBe(changes.length - 1);
      const isDecided = ["APPROVED", "REJECTED", "APPEALED"].includes(application.status);
      expect(application.decisions.length, application.id).toBe(isDecided ? 1 : 0);
      const decision = application.decisions[0];
      if (application.status === "APPROVED") expect(decision?.outcome).toBe("APPROVED");
      if (application.status === "REJECTED" || application.status === "APPEALED") {
        expect(decision).toMatchObject({ outcome: "REJECTED", reasonCode: expect.any(String), explanation: expect.any(String) });
      }
      if (application.status !== "DRAFT") expect(application.submittedAt ?? application.status === "WITHDRAWN").toBeTruthy();
    }
    expect(await db.auditLog.count()).toBe(summary.decisions);
  });

  it("pays approved scholarships and utilities compensation in payment runs", async () => {
    const statuses = await db.payment.groupBy({ by: ["status"], _count: { _all: true } });
    expect(statuses.map((row) => row.status)).toEqual(expect.arrayContaining(["SCHEDULED", "PAID"]));
    const failed = await db.payment.findMany({ where: { status: "FAILED" } });
    for (const payment of failed) expect(payment.failureReason).toBeTruthy();
    const entitlements = await db.entitlement.findMany({ include: { application: true } });
    for (const entitlement of entitlements) expect(entitlement.application.status).toBe("APPROVED");
    expect(entitlements.some((entitlement) => entitlement.measure === "SCHOLARSHIP")).toBe(true);
  });

  it("allocates a demonstration budget for the year to every measure that pays money, labelled as such", async () => {
    const budgets = await db.budgetAllocation.findMany();
    expect(budgets.map((budget) => budget.measure).sort()).toEqual(["DOWN_PAYMENT_SUBSIDY", "HOME_SCHOOLING_REIMBURSEMENT", "HOUSING_CERTIFICATE", "ONE_TIME_ASSISTANCE", "SCHOLARSHIP", "UTILITIES_COMPENSATION"]);
    for (const budget of budgets) {
      expect(budget.amountTenge).toBeGreaterThan(0n);
      expect(budget.source).toMatch(/^Demonstration figures/);
    }
  });

  it("issues a certificate for every approved housing certificate application, numbered in order of approval", async () => {
    const approved = await db.application.findMany({
      where: { measure: "HOUSING_CERTIFICATE", status: "APPROVED" },
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      include: { certificate: true, family: { include: { applicant: true } } },
    });
    expect(approved.length).toBeGreaterThan(0);
    expect(summary.housingCertificates).toBe(approved.length);
    expect(await db.housingCertificate.count()).toBe(approved.length);
    approved.forEach((application, index) => {
      const certificate = application.certificate;
      const issuedOn = dateInAlmaty(application.decidedAt ?? new Date(0));
      expect(certificate, application.id).toMatchObject({
        number: formatCertificateNumber(Number(issuedOn.slice(0, 4)), index + 1),
        amountTenge: application.amountTenge,
        issuedAt: application.decidedAt,
        holderName: application.family.applicant.fullName,
        holderIinMasked: maskIin(application.family.applicant.iin),
        verificationToken: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        revokedAt: null,
      });
      // Six months of validity (the parameter in force), through the day before.
      const validUntil = new Date(`${issuedOn}T00:00:00Z`);
      validUntil.setUTCMonth(validUntil.getUTCMonth() + 6);
      validUntil.setUTCDate(validUntil.getUTCDate() - 1);
      if (Number(issuedOn.slice(8, 10)) <= 28) expect(certificate?.validUntil).toEqual(validUntil);
    });
    const [sequence] = await db.$queryRawUnsafe<{ last_value: bigint }[]>("SELECT last_value FROM housing_certificate_number_seq");
    expect(Number(sequence?.last_value)).toBe(approved.length);
  });

  it("puts the requested number of families in the housing queue, each registered", async () => {
    expect(await db.housingQueueEntry.count()).toBe(40);
    expect(await db.housingSituation.count({ where: { inHousingQueue: true } })).toBe(40);
    expect(await db.housingQueueEvent.count({ where: { kind: "REGISTERED" } })).toBe(40);
  });

  it("creates the demo accounts with the documented password; nobody else can sign in", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { iin: account.iin }, omit: { passwordHash: false } });
      expect(user).toMatchObject({ role: account.role, fullName: account.fullName, district: account.district });
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const citizen = await db.family.findFirstOrThrow({
      where: { applicant: { iin: DEMO_ACCOUNTS[0]?.iin } },
      include: { members: true, queueEntry: true, housing: true },
    });
    expect(citizen.members).toHaveLength(6);
    expect(citizen.housing?.inHousingQueue).toBe(true);
    expect(citizen.queueEntry?.category).toBe("LARGE_FAMILY");

    const others = await db.user.findMany({
      where: { iin: { notIn: DEMO_ACCOUNTS.map((account) => account.iin) } },
      select: { passwordHash: true },
    });
    const hashes = new Set(others.map((user) => user.passwordHash));
    expect(hashes.size).toBe(1);
    expect(await verifyPassword([...hashes][0] ?? "", DEMO_PASSWORD)).toBe(false);
  });

  it(`puts ${DEFAULT_HOUSING_QUEUE_FAMILIES} families in the housing queue by default`, async () => {
    const large = await freshClient();
    const result = await seedDemoData(large, { families: 2_000 });
    expect(result.housingQueueEntries).toBe(DEFAULT_HOUSING_QUEUE_FAMILIES);
    expect(await large.housingQueueEntry.count()).toBe(DEFAULT_HOUSING_QUEUE_FAMILIES);
    expect(await large.housingSituation.count({ where: { inHousingQueue: true } })).toBe(DEFAULT_HOUSING_QUEUE_FAMILIES);
    // Registrations spread over 2010–2026.
    const [range] = await large.$queryRawUnsafe<{ first: Date; last: Date }[]>(
      `SELECT min("registeredAt") AS first, max("registeredAt") AS last FROM "HousingQueueEntry"`,
    );
    expect(range?.first.getUTCFullYear()).toBe(2010);
    expect(range?.last.getUTCFullYear()).toBe(2026);
  }, 120_000);
});
