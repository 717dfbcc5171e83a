// The member form, crossed once at the boundary. The IIN carries its holder's birth date
// (first six digits plus the century digit); the two must agree, or one of them is a typo.
import { z } from "zod";
import { parseIin } from "@/lib/iin";
import { EDUCATION_LEVELS, MEMBER_ROLES } from "./member-form-fields";
import { birthDateField, checkboxField, memberIinField, optionalText, tengeField } from "./profile-fields";


export const memberSchema = z
  .strictObject({
    fullName: z.string().trim().min(1, "fullNameRequired").max(200, "fullNameTooLong"),
    iin: memberIinField,
    birthDate: birthDateField,
    role: z.enum(MEMBER_ROLES, "roleRequired"),
    relation: optionalText(100, "relationTooLong"),
    education: z.enum(EDUCATION_LEVELS, "educationRequired"),
    fullTimeStudent: checkboxField,
    excellentStudent: checkboxField,
    disability: checkboxField,
    homeSchooled: checkboxField,
    employed: checkboxField,
    monthlyIncomeTenge: tengeField,
  })
  .superRefine((member, context) => {
    const parsed = parseIin(member.iin);
    if (!parsed.ok) return;
    if (parsed.value.birthDate !== member.birthDate.toISOString().slice(0, 10)) {
      context.addIssue({ code: "custom", path: ["iin"], message: "iinBirthDateMismatch" });
    }
  });

export type MemberInput = z.infer<typeof memberSchema>;

