// Proves that concurrent requests really overlap: counts the sessions of a database that
// are blocked on a lock, and waits until the expected number of them are.
import pg from "pg";

export async function countLockWaiters(client: pg.Client): Promise<number> {
  // Inside a transaction (the lock holder's) the statistics views are a snapshot taken at
  // first use; clear it so every poll sees the sessions as they are now.
  await client.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await client.query<{ waiting: number }>(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return rows[0]?.waiting ?? 0;
}

/** Resolves once `expected` sessions wait on a lock; rejects naming the count reached otherwise. */
export async function waitForLockWaiters(client: pg.Client, expected: number, what: string, attempts = 200): Promise<void> {
  let waiting = 0;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    waiting = await countLockWaiters(client);
    if (waiting >= expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: only ${waiting} of ${expected} requests ever waited on the lock together`);
}
