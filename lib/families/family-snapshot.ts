// Turns a family as stored into the eligibility engine's input. The one place that maps
// database rows to the engine's vocabulary, shared by the "what can we get" page, the
// application flows (verdict at submission) and, later, the caseworker's review.
import type { Family as EngineFamily, FamilyMember as EngineMember } from "@/lib/eligibility/types";
import type { Prisma } from "@/prisma/generated/client";
import type { Education, MemberRole } from "@/prisma/generated/enums";

export interface StoredMember {
  id: string;
  role: MemberRole;
  birthDate: Date;
  monthlyIncomeTenge: number;
  employed: boolean;
  education: Education;
  fullTimeStudent: boolean;
  excellentStudent: boolean;
  disability: boolean;
  homeSchooled: boolean;
}

export interface StoredFamily {
  otherMonthlyIncomeTenge: number;
  difficultLifeSituation: string | null;
  members: StoredMember[];
  housing: { inHousingQueue: boolean; ownsHome: boolean; savingsTenge: number; apartmentPriceTenge: number | null } | null;
}

/** The select that loads exactly what toEngineFamily needs. */
export const FAMILY_SNAPSHOT_SELECT = {
  otherMonthlyIncomeTenge: true,
  difficultLifeSituation: true,
  members: {
    orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }],
    select: {
      id: true,
      role: true,
      birthDate: true,
      monthlyIncomeTenge: true,
      employed: true,
      education: true,
      fullTimeStudent: true,
      excellentStudent: true,
      disability: true,
      homeSchooled: true,
    },
  },
  housing: { select: { inHousingQueue: true, ownsHome: true, savingsTenge: true, apartmentPriceTenge: true } },
  // `satisfies` rather than `as const`: Prisma's select types do not accept readonly arrays.
} satisfies Prisma.FamilySelect;

const ROLE: Record<MemberRole, EngineMember["role"]> = { PARENT: "parent", CHILD: "child", OTHER: "other" };

export function toEngineFamily(family: StoredFamily, options: { apartmentPriceTenge?: number } = {}): EngineFamily {
  return {
    members: family.members.map((member) => ({
      id: member.id,
      role: ROLE[member.role],
      birthDate: member.birthDate.toISOString().slice(0, 10),
      monthlyIncomeTenge: member.monthlyIncomeTenge,
      employed: member.employed,
      education: member.education.toLowerCase() as EngineMember["education"],
      fullTimeStudent: member.fullTimeStudent,
      excellentStudent: member.excellentStudent,
      disability: member.disability,
      homeSchooled: member.homeSchooled,
    })),
    otherMonthlyIncomeTenge: family.otherMonthlyIncomeTenge,
    difficultLifeSituation: family.difficultLifeSituation ?? undefined,
    housing: family.housing
      ? {
          inHousingQueue: family.housing.inHousingQueue,
          ownsHome: family.housing.ownsHome,
          savingsTenge: family.housing.savingsTenge,
          apartmentPriceTenge: options.apartmentPriceTenge ?? family.housing.apartmentPriceTenge ?? undefined,
        }
      : undefined,
  };
}
