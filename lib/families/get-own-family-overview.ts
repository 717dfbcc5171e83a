// The signed-in citizen's own account and family, as the "My family" page shows them.
// Returns only what the page displays (no member IINs).
import "server-only";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import { maskIin } from "@/lib/iin";

export async function getOwnFamilyOverview(user: Actor) {
  assertCan(user, "read", "family", { ownerUserId: user.id });
  if (accessLevel(user, "read", "family") !== "own") throw new AppError("FORBIDDEN");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { fullName: true, iin: true } });
  const family = await db.family.findUnique({
    where: { applicantId: user.id },
    select: {
      district: true,
      members: {
        orderBy: [{ position: "asc" }, { birthDate: "asc" }],
        select: { id: true, fullName: true, role: true, birthDate: true, monthlyIncomeTenge: true },
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
