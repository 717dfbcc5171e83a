// What the audit log keeps about a member: the facts the engine reads, never the IIN.
import type { MemberInput } from "./member-schema";

type AuditedMember = Omit<MemberInput, "iin" | "fullName" | "relation">;

export function memberAuditView(member: AuditedMember): Record<string, string | number | boolean> {
  return {
    role: member.role,
    birthDate: member.birthDate.toISOString().slice(0, 10),
    education: member.education,
    fullTimeStudent: member.fullTimeStudent,
    excellentStudent: member.excellentStudent,
    disability: member.disability,
    homeSchooled: member.homeSchooled,
    employed: member.employed,
    monthlyIncomeTenge: member.monthlyIncomeTenge,
  };
}
