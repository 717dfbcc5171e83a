// Where document files live: `<UPLOADS_DIR or APP_DATA_DIR/uploads>/<familyId>/<random id><ext>`,
// outside public/, so nothing reaches a browser except through the checked download route.
// Every name on disk is made here by the server; nothing a family typed becomes a path.
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,100}$/;
const STORAGE_KEY = /^([A-Za-z0-9_-]{1,100})\/([0-9a-f-]{36})\.(pdf|jpg|png)$/;

/** The absolute uploads folder. */
export function uploadsRoot(): string {
  const settings = env();
  return path.resolve(settings.UPLOADS_DIR ?? path.join(settings.APP_DATA_DIR, "uploads"));
}

/** A new storage key for a family's file: the family folder and a random name. */
export function newStorageKey(familyId: string, extension: string): string {
  if (!SAFE_SEGMENT.test(familyId)) throw new Error("Unexpected family id for a storage folder");
  return `${familyId}/${randomUUID()}${extension}`;
}

/** The absolute path of a stored file; refuses any key this module did not make. */
export function storagePath(storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("Unexpected storage key");
  const root = uploadsRoot();
  const resolved = path.resolve(root, storageKey);
  // Defence in depth: the pattern already rules out "..", but the check costs nothing.
  if (!resolved.startsWith(`${root}${path.sep}`)) throw new Error("Storage key outside the uploads folder");
  return resolved;
}

/**
 * Writes `content` under a temporary name next to where the file will live (same folder,
 * so the later rename is atomic) and returns that temporary path.
 */
export async function writeTemporaryFile(storageKey: string, content: Uint8Array): Promise<string> {
  const finalPath = storagePath(storageKey);
  await mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
  const temporaryPath = path.join(path.dirname(finalPath), `.upload-${randomUUID()}.tmp`);
  await writeFile(temporaryPath, content, { mode: 0o600, flag: "wx" });
  return temporaryPath;
}

/** Gives a written temporary file its final name. */
export async function moveIntoPlace(temporaryPath: string, storageKey: string): Promise<void> {
  await rename(temporaryPath, storagePath(storageKey));
}

/** Removes a file if it exists (cleanup after a failed or undone change). */
export async function removeFile(filePath: string): Promise<void> {
  await rm(filePath, { force: true });
}

/**
 * Moves a stored file aside under a temporary name, so a delete can still be undone.
 * Null when the file is already missing (nothing to keep; the row may still go).
 */
export async function moveAside(storageKey: string): Promise<string | null> {
  const finalPath = storagePath(storageKey);
  const asidePath = path.join(path.dirname(finalPath), `.deleted-${randomUUID()}.tmp`);
  try {
    await rename(finalPath, asidePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return asidePath;
}

/** Undoes moveAside. */
export async function moveBack(asidePath: string, storageKey: string): Promise<void> {
  await rename(asidePath, storagePath(storageKey));
}
