// Helpers for the family-profile tests: a citizen without a family, member form input.
import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { buildIin } from "@/lib/iin";
import type { Actor } from "@/lib/auth/permissions";
import { memberSchema, type MemberInput } from "@/lib/families/member-schema";

// A random starting serial for each test file: vitest may run several files one after
// another in the same worker process (same pid), so a pid-based start made two files
// hand out the same IINs. Each IIN continues after the serial actually used, because
// buildIin skips serials without a valid check digit (two serials can give one IIN).
let serial = randomInt(0, 9_000);

export function freshIin(birthDate: string, sex: "male" | "female" = "female"): string {
  const iin = buildIin(birthDate, sex, serial);
  serial = Number(iin.slice(7, 11)) + 1;
  return iin;
}

export async function createCitizenWithoutFamily(): Promise<Actor> {
  // Another file may still have used this IIN: try the next ones rather than fail.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.user.create({
        data: {
          iin: freshIin("1990-03-15"),
          fullName: "Ахметова Гульнар Серикқызы",
          passwordHash: `unusable-${randomBytes(8).toString("hex")}`,
          role: "CITIZEN",
        },
        select: { id: true, role: true, district: true },
      });
    } catch (error) {
      if (attempt >= 20 || !isUniqueViolation(error, "iin")) throw error;
    }
  }
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
