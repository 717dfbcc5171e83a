// The signed-in citizen's own account and family, as the "My family" page and the
// household edit pages show them. Returns only what they display (no member IINs).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { maskIin } from "@/lib/iin";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function getOwnFamilyOverview(user: Actor) {
  assertOwnFamilyAccess(user, "read");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { fullName: true, iin: true } });
  const family = await db.family.findUnique({
    where: { applicantId: user.id },
    select: {
      district: true,
      address: true,
      otherMonthlyIncomeTenge: true,
      difficultLifeSituation: true,
      housing: { select: { inHousingQueue: true, ownsHome: true, savingsTenge: true, apartmentPriceTenge: true } },
      members: {
        orderBy: [{ position: "asc" }, { birthDate: "asc" }],
        select: { id: true, fullName: true, role: true, relation: true, birthDate: true, monthlyIncomeTenge: true },
      },
      applications: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { id: true, reference: true, measure: true, status: true },
      },
    },
  });
  return { account: { fullName: account.fullName, maskedIin: maskIin(account.iin) }, family };
}

export type OwnFamilyOverview = Awaited<ReturnType<typeof getOwnFamilyOverview>>;
