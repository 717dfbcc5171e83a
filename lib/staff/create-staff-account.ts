// An administrator creates a caseworker, supervisor or administrator account. The new
// colleague signs in with their IIN and the temporary password.
import "server-only";
import { z } from "zod";
import { fullNameField, iinField, newPasswordField, phoneField } from "@/lib/accounts/fields";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import { District, Role } from "@/prisma/generated/enums";

export const createStaffAccountSchema = z
  .strictObject({
    fullName: fullNameField,
    iin: iinField,
    phone: phoneField,
    role: z.enum([Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN], { message: "roleRequired" }),
    district: z.union([z.enum(Object.values(District) as [District, ...District[]]), z.literal("").transform(() => null)]),
    password: newPasswordField,
  })
  .refine((input) => input.role !== "CASEWORKER" || input.district !== null, { path: ["district"], message: "districtRequired" });

export type CreateStaffAccountInput = z.infer<typeof createStaffAccountSchema>;

export async function createStaffAccount(admin: Actor, input: CreateStaffAccountInput): Promise<{ id: string; fullName: string }> {
  assertCan(admin, "manage", "staff");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          iin: input.iin,
          fullName: input.fullName,
          phone: input.phone,
          role: input.role,
          district: input.district,
          passwordHash,
          createdById: admin.id,
        },
        select: { id: true, fullName: true, role: true, district: true },
      });
      await recordAudit(tx, {
        actor: admin,
        action: "staff.create",
        entityType: "User",
        entityId: user.id,
        after: { role: user.role, district: user.district },
      });
      return { id: user.id, fullName: user.fullName };
    });
  } catch (error) {
    if (isUniqueViolation(error, "iin")) throw new AppError("CONFLICT", "iinTaken");
    throw error;
  }
}
