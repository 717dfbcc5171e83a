import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A new temporary folder readable by other users: as root, PostgreSQL runs as the
 * `postgres` user, which must be able to enter the folder that holds its data.
 */
export function makeSharedTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}
