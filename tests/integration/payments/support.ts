// Payment tests run on a database of their own: a payment run takes every entitlement due
// in the month, so rows of other test files (running in parallel) would change the counts.
import { randomBytes } from "node:crypto";
import { nextApplicationReference } from "@/lib/applications/reference";
import type { Actor } from "@/lib/auth/permissions";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import type { ApplicationStatus, District, Measure, PaymentPeriod } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";
import { createIsolatedDatabase } from "@/tests/support/local-database";

export async function openPaymentsDatabase(): Promise<{ db: Database; url: string; close(): Promise<void> }> {
  const database = await createIsolatedDatabase({ migrate: true });
  const db = createPrismaClient(database.url);
  return {
    db,
    url: database.url,
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export async function createActor(db: Database, role: "CASEWORKER" | "SUPERVISOR" | "ADMIN", district: District | null = null): Promise<Actor> {
  const user = await createStaffUser(db, { role, district });
  return { id: user.id, role, district };
}

export async function createCitizenActor(db: Database): Promise<Actor> {
  const record = await createCitizenWithFamily(db);
  return { id: record.user.id, role: "CITIZEN", district: null };
}

export interface EntitlementOptions {
  period: PaymentPeriod;
  startsOn: string;
  endsOn?: string | null;
  amountTenge?: number;
  measure?: Measure;
  applicationStatus?: ApplicationStatus;
  district?: District;
}

/** A family with an application (approved unless told) and one entitlement of it. */
export async function createEntitlement(db: Database, options: EntitlementOptions) {
  const family = await createCitizenWithFamily(db, options.district ? { district: options.district } : {});
  const measure = options.measure ?? (options.period === "MONTH" ? "SCHOLARSHIP" : "ONE_TIME_ASSISTANCE");
  const application = await db.application.create({
    data: {
      reference: await nextApplicationReference(db, 2026),
      familyId: family.family.id,
      measure,
      status: options.applicationStatus ?? "APPROVED",
      amountTenge: options.amountTenge ?? 10_000,
    },
    select: { id: true, reference: true },
  });
  const entitlement = await db.entitlement.create({
    data: {
      id: `ent_${randomBytes(8).toString("hex")}`,
      applicationId: application.id,
      measure,
      amountTenge: options.amountTenge ?? 10_000,
      period: options.period,
      startsOn: new Date(`${options.startsOn}T00:00:00Z`),
      endsOn: options.endsOn ? new Date(`${options.endsOn}T00:00:00Z`) : null,
      payee: family.description.payoutAccount,
    },
    select: { id: true, amountTenge: true },
  });
  return { ...entitlement, application, applicant: { id: family.user.id, iin: family.user.iin, fullName: family.user.fullName } };
}

export async function paymentsOf(db: Database, entitlementId: string) {
  return db.payment.findMany({ where: { entitlementId }, orderBy: { periodMonth: "asc" }, select: { periodMonth: true, status: true, runId: true, amountTenge: true } });
}

export const monthsOf = (payments: { periodMonth: Date }[]) => payments.map((payment) => payment.periodMonth.toISOString().slice(0, 7));
