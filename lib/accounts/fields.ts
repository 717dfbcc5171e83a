// Field schemas shared by registration and staff creation. Messages are keys under
// `validation.*` in the message files.
import { z } from "zod";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import { parseIin, type IinProblem } from "@/lib/iin";

const IIN_PROBLEM_KEYS: Record<IinProblem, string> = {
  format: "iinFormat",
  birthDate: "iinBirthDate",
  centuryDigit: "iinCentury",
  checksum: "iinChecksum",
};

export const iinField = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .superRefine((value, context) => {
    const parsed = parseIin(value);
    if (!parsed.ok) context.addIssue({ code: "custom", message: IIN_PROBLEM_KEYS[parsed.problem] });
  });

export const fullNameField = z.string().trim().min(1, "fullNameRequired").max(200, "fullNameTooLong");

/** Kazakhstan mobile numbers, stored as +77XXXXXXXXX; spaces, dashes, brackets and a leading 8 are accepted. */
export const phoneField = z
  .string()
  .transform((value) => value.replace(/[\s\-()]/g, "").replace(/^8(?=7\d{9}$)/, "+7"))
  .refine((value) => /^\+77\d{9}$/.test(value), "phoneFormat");

const PASSWORD_PROBLEM_KEYS = { tooShort: "passwordTooShort", tooLong: "passwordTooLong", common: "passwordCommon" } as const;

export const newPasswordField = z.string().superRefine((value, context) => {
  const problem = findPasswordProblem(value);
  if (problem) context.addIssue({ code: "custom", message: PASSWORD_PROBLEM_KEYS[problem] });
});
