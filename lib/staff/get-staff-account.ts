// One staff account for the administrators' page: no IIN, phone or hash.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export async function getStaffAccount(admin: Actor, userId: string) {
  assertCan(admin, "manage", "staff");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, fullName: true, role: true, district: true, disabledAt: true, createdAt: true,
      createdBy: { select: { fullName: true } },
    },
  });
  if (!user || user.role === "CITIZEN") throw new AppError("NOT_FOUND");
  return { ...user, isSelf: user.id === admin.id };
}
