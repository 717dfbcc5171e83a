// A WAITING entry's place in the queue: one COUNT of the entries placed before it, which
// the (status, category, registeredAt) index answers without reading the queue.
import type { Database } from "@/lib/db/create-client";
import { placedBeforeFilter, type QueuePlace } from "./queue-order";

export async function queuePosition(db: Pick<Database, "housingQueueEntry">, entry: QueuePlace): Promise<number> {
  return (await db.housingQueueEntry.count({ where: placedBeforeFilter(entry) })) + 1;
}
