// The queue order of queue-order.ts as an SQL ORDER BY, for listing pages of the queue.
// It is built from QUEUE_CATEGORY_PRIORITY so the two can never disagree: the category's
// index in the priority list, then the registration date, then the id in the database's
// own text order (the same comparison placedBeforeFilter makes with `id < …`).
import { Prisma } from "@/prisma/generated/client";
import { QUEUE_CATEGORY_PRIORITY } from "./queue-order";

const PRIORITY_ARRAY = Prisma.sql`ARRAY[${Prisma.join(QUEUE_CATEGORY_PRIORITY.map((category) => Prisma.sql`${category}`))}]::"HousingQueueCategory"[]`;

/** `ORDER BY` terms for a "HousingQueueEntry" aliased as `alias` (e.g. "e"). */
export function queueOrderSql(alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias.replace(/[^a-z_]/gi, "")}"`);
  return Prisma.sql`array_position(${PRIORITY_ARRAY}, ${table}.category), ${table}."registeredAt", ${table}.id`;
}
