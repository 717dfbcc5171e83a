// What an allocation would do, before anything is written: the families that would get
// the flats and those on the reserve list, in queue order.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { AllocationRequest } from "./allocation-schemas";
import { pickAllocation, type AllocationPick } from "./pick-allocation";

export async function previewAllocation(actor: Actor, request: AllocationRequest, db: Database = defaultDb): Promise<AllocationPick> {
  assertCan(actor, "manage", "housing");
  const pick = await pickAllocation(db, request.flats, request.reserveSize);
  // Fewer waiting families than flats: the supervisor should allocate fewer flats.
  if (pick.flats.length < request.flats) throw new AppError("INVALID_INPUT", "notEnoughWaiting");
  return pick;
}
