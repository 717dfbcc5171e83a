// Who may be given a case: an active caseworker of the application's district, or the
// supervisor who is assigning it (to themself).
import type { District, Role } from "@/prisma/generated/enums";

export interface AssigneeCandidate {
  id: string;
  role: Role;
  district: District | null;
  disabledAt: Date | null;
}

export function isEligibleAssignee(user: AssigneeCandidate, district: District, assignerId: string): boolean {
  if (user.disabledAt) return false;
  if (user.id === assignerId) return true;
  return user.role === "CASEWORKER" && user.district === district;
}
