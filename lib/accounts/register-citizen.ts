// Creates a citizen account. The IIN is unique in the database; a duplicate is reported
// as CONFLICT without writing anything.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import { fullNameField, iinField, newPasswordField, phoneField } from "./fields";

export const registerCitizenSchema = z
  .strictObject({
    fullName: fullNameField,
    iin: iinField,
    phone: phoneField,
    password: newPasswordField,
    passwordConfirm: z.string(),
    locale: z.enum(["kk", "ru", "en"]),
  })
  .refine((input) => input.password === input.passwordConfirm, { path: ["passwordConfirm"], message: "passwordMismatch" });

export type RegisterCitizenInput = z.infer<typeof registerCitizenSchema>;

export async function registerCitizen(input: RegisterCitizenInput): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { iin: input.iin, fullName: input.fullName, phone: input.phone, passwordHash, role: "CITIZEN", locale: input.locale },
        select: { id: true, role: true },
      });
      await recordAudit(tx, { actor: user, action: "user.register", entityType: "User", entityId: user.id });
      return { id: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "iin")) throw new AppError("CONFLICT", "iinTaken");
    throw error;
  }
}
