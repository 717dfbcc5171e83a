import type { District, Role } from "@/prisma/generated/enums";
import { birthDateForAge } from "./dates";
import type { IinAllocator } from "./iin-allocator";
import { formatFullName, randomPersonName, type Sex } from "./names";
import type { Random } from "./random";
import type { UserRow } from "./row-types";

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
