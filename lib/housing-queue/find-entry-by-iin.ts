// Finds the queue entry of the family a person (applicant or member) belongs to, by IIN.
// Used by the staff search; the IIN arrives in a POST body and is never echoed or logged.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { isValidIin } from "@/lib/iin";

export async function findEntryByIin(actor: Actor, text: string, db: Database = defaultDb): Promise<string | null> {
  assertCan(actor, "read", "housing");
  const iin = text.replace(/[\s-]/g, "");
  if (!isValidIin(iin)) return null;
  const entry = await db.housingQueueEntry.findFirst({
    where: { family: { OR: [{ applicant: { iin } }, { members: { some: { iin } } }] } },
    select: { id: true },
  });
  return entry?.id ?? null;
}
