// The server actions of the production build under test, from Next's own manifest
// (.next/server/server-reference-manifest.json): read at test time, so an action added to
// the app without an entry in the expectation table fails the matrix.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface BuiltServerAction {
  actionId: string;
  /** "<source file>#<export>", e.g. "lib/review/actions/approve-application.ts#approveApplicationAction". */
  key: string;
  /** The app pages whose bundle holds the action (e.g. "app/[locale]/(staff)/staff/page"). */
  pages: string[];
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

export function builtServerActions(projectRoot = process.cwd()): BuiltServerAction[] {
  const manifest = JSON.parse(readFileSync(join(projectRoot, ".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .map(([actionId, entry]) => ({ actionId, key: `${entry.filename}#${entry.exportedName}`, pages: Object.keys(entry.workers) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

let cachedIds: Map<string, string> | undefined;

/** The id of one action of the build, by its key; throws naming the key when the build has none. */
export function actionIdOf(key: string): string {
  // The build does not change during a run: the manifest is read once per worker.
  cachedIds ??= new Map(builtServerActions().map((action) => [action.key, action.actionId]));
  const actionId = cachedIds.get(key);
  if (!actionId) throw new Error(`the build has no server action ${key}`);
  return actionId;
}
