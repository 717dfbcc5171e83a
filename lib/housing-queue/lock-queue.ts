// Every change to the housing queue (allocation, category change, removal, restoring)
// runs one at a time: a transaction-scoped advisory lock on one fixed key. So two
// allocations at once cannot both offer a flat to the same family, and positions written
// to the history are the positions that really followed the change.
import type { Prisma } from "@/prisma/generated/client";

// An arbitrary constant naming "the housing queue" among the application's advisory locks.
const HOUSING_QUEUE_LOCK_KEY = 5_177_001;

export async function lockQueue(tx: Pick<Prisma.TransactionClient, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${HOUSING_QUEUE_LOCK_KEY})`;
}
