// Inserting through a Database (tests). The seed inserts the same rows in bulk instead.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/create-client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import type { District, Role } from "@/prisma/generated/enums";
import { describeRandomFamily, type DescribeFamilyOptions, type FamilyDescription } from "./family-description";
import { familyIdsFor, familyRecordFromDescription, type FamilyRecord } from "./family-record";
import { IinAllocator } from "./iin-allocator";
import { createRandom, type Random } from "./random";
import type { UserRow } from "./row-types";
import { buildStaffUser } from "./staff-user";
import { unusablePasswordHash } from "./unusable-password-hash";

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
