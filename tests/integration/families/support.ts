// Helpers for the family-profile tests: a citizen without a family, member form input.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { buildIin } from "@/lib/iin";
import type { Actor } from "@/lib/auth/permissions";
import { memberSchema, type MemberInput } from "@/lib/families/member-schema";

// Serials of their own (process id based) so parallel test files do not collide.
let serial = 2_000 + ((process.pid * 7) % 1_500);

export function freshIin(birthDate: string, sex: "male" | "female" = "female"): string {
  serial += 1;
  return buildIin(birthDate, sex, serial);
}

export async function createCitizenWithoutFamily(): Promise<Actor> {
  const user = await db.user.create({
    data: {
      iin: freshIin("1990-03-15"),
      fullName: "Ахметова Гульнар Серикқызы",
      passwordHash: `unusable-${randomBytes(8).toString("hex")}`,
      role: "CITIZEN",
    },
    select: { id: true, role: true, district: true },
  });
  return user;
}

export function memberForm(overrides: Record<string, string> = {}): Record<string, string> {
  const birthDate = overrides.birthDate ?? "2019-06-01";
  return {
    fullName: "Ахметов Арман",
    iin: freshIin(birthDate, "male"),
    birthDate,
    role: "CHILD",
    relation: "сын",
    education: "PRESCHOOL",
    monthlyIncomeTenge: "0",
    ...overrides,
  };
}

export function memberInput(overrides: Record<string, string> = {}): MemberInput {
  return memberSchema.parse(memberForm(overrides));
}
