import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Staff accounts for the administrators' table: no IINs, phones or hashes. */
export async function listStaffAccounts(user: Actor) {
  assertCan(user, "manage", "staff");
  return db.user.findMany({
    where: { role: { in: ["CASEWORKER", "SUPERVISOR", "ADMIN"] } },
    orderBy: [{ role: "asc" }, { fullName: "asc" }],
    select: { id: true, fullName: true, role: true, district: true, disabledAt: true },
    take: 500,
  });
}
