// Families with an approved housing certificate application and its issued certificate,
// staff of a chosen district, from the seed factories.
import type { Actor } from "@/lib/auth/permissions";
import { nextApplicationReference } from "@/lib/applications/reference";
import { issueHousingCertificate, type IssuedHousingCertificate } from "@/lib/certificates/issue-housing-certificate";
import { db } from "@/lib/db/client";
import { DISTRICTS } from "@/prisma/seed/districts";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

export interface TestFamily {
  actor: Actor;
  familyId: string;
  district: District;
  fullName: string;
  iin: string;
}

export async function createFamily(district?: District): Promise<TestFamily> {
  const record = await createCitizenWithFamily(db, district ? { district } : {});
  return {
    actor: { id: record.user.id, role: "CITIZEN", district: null },
    familyId: record.family.id,
    district: record.family.district,
    fullName: record.user.fullName,
    iin: record.user.iin,
  };
}

export async function createStaff(role: "CASEWORKER" | "SUPERVISOR" | "ADMIN", district: District | null = null): Promise<Actor> {
  const user = await createStaffUser(db, { role, district });
  return { id: user.id, role: user.role, district: user.district ?? null };
}

export function otherDistrict(district: District): District {
  return DISTRICTS.find((candidate) => candidate !== district) ?? district;
}

export async function createApplication(familyId: string, options: { measure?: Measure; status?: ApplicationStatus } = {}): Promise<string> {
  const application = await db.application.create({
    data: {
      reference: await nextApplicationReference(db, 2026),
      familyId,
      measure: options.measure ?? "HOUSING_CERTIFICATE",
      status: options.status ?? "APPROVED",
      amountTenge: 1_000_000,
      submittedAt: new Date("2026-03-01T05:00:00Z"),
      decidedAt: new Date("2026-03-15T06:00:00Z"),
    },
    select: { id: true },
  });
  return application.id;
}

export interface IssueOptions {
  issuedOn?: string;
  issuedAt?: Date;
  amountTenge?: number;
  validityMonths?: number;
}

export async function issueFor(applicationId: string, options: IssueOptions = {}): Promise<IssuedHousingCertificate> {
  const issuedOn = options.issuedOn ?? "2026-03-15";
  return db.$transaction((tx) =>
    issueHousingCertificate(tx, {
      applicationId,
      amountTenge: options.amountTenge ?? 1_000_000,
      issuedAt: options.issuedAt ?? new Date(`${issuedOn}T06:00:00Z`),
      issuedOn,
      validityMonths: options.validityMonths ?? 6,
    }),
  );
}

/** A family with an approved application and its certificate. */
export async function createCertificateHolder(district?: District, options: IssueOptions = {}) {
  const family = await createFamily(district);
  const applicationId = await createApplication(family.familyId);
  const certificate = await issueFor(applicationId, options);
  return { family, applicationId, certificate };
}
