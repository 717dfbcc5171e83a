// Every copy of the audited packages this checkout would run: what package-lock.json
// records, what node_modules actually holds, and the React builds Next.js bundles under
// next/dist/compiled (those run the RSC protocol in production whatever the top-level
// react is, and their package.json files carry no version).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type AuditedPackage, type InstalledCopy, AUDITED_PACKAGES, isAuditedPackage } from "./audited-packages";

interface LockFile {
  packages?: Record<string, { version?: string }>;
}

/** Copies recorded in a package-lock.json (lockfileVersion 2 or 3), nested ones included. */
export function copiesFromLockFile(lockFile: LockFile, label = "package-lock.json"): InstalledCopy[] {
  const copies: InstalledCopy[] = [];
  for (const [path, entry] of Object.entries(lockFile.packages ?? {})) {
    const name = path.split("node_modules/").at(-1) ?? "";
    if (!path.includes("node_modules/") || !isAuditedPackage(name)) continue;
    copies.push({ name, version: entry.version ?? "(no version in lock file)", location: `${label} ${path}` });
  }
  return copies;
}

function readJson<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function copiesInNodeModules(root: string): InstalledCopy[] {
  return AUDITED_PACKAGES.flatMap((name) => {
    const manifest = readJson<{ version?: string }>(join(root, "node_modules", name, "package.json"));
    return manifest ? [{ name, version: manifest.version ?? "(no version)", location: `node_modules/${name}/package.json` }] : [];
  });
}

const EMBEDDED_VERSION = /\b(?:version|reconcilerVersion)\s*[:=]\s*"(\d+\.\d+\.\d+[^"]*)"/g;

function versionsEmbeddedIn(folder: string): string[] {
  const cjs = join(folder, "cjs");
  if (!existsSync(cjs)) return [];
  const versions = new Set<string>();
  for (const file of readdirSync(cjs).filter((name) => name.endsWith(".js"))) {
    for (const match of readFileSync(join(cjs, file), "utf8").matchAll(EMBEDDED_VERSION)) versions.add(match[1] ?? "");
  }
  return [...versions].filter(Boolean);
}

// next/dist/compiled/<folder> → the package it is a build of.
const BUNDLED: ReadonlyArray<[string, AuditedPackage]> = [
  ["react", "react"],
  ["react-experimental", "react"],
  ["react-dom", "react-dom"],
  ["react-dom-experimental", "react-dom"],
  ["react-server-dom-webpack", "react-server-dom-webpack"],
  ["react-server-dom-webpack-experimental", "react-server-dom-webpack"],
  ["react-server-dom-turbopack", "react-server-dom-turbopack"],
  ["react-server-dom-turbopack-experimental", "react-server-dom-turbopack"],
];

function copiesBundledByNext(root: string): InstalledCopy[] {
  const compiled = join(root, "node_modules", "next", "dist", "compiled");
  if (!existsSync(compiled)) return [];
  const reactVersions = versionsEmbeddedIn(join(compiled, "react"));
  return BUNDLED.flatMap(([folder, name]) => {
    const path = join(compiled, folder);
    if (!existsSync(path)) return [];
    const location = `node_modules/next/dist/compiled/${folder}`;
    const embedded = versionsEmbeddedIn(path);
    if (embedded.length > 0) return embedded.map((version) => ({ name, version, location }));
    // The RSC server bundles carry no version string; Next.js builds all its React copies
    // from one React commit, so they share the bundled react's version.
    return reactVersions.map((version) => ({ name, version, location: `${location} (same React build as next/dist/compiled/react)` }));
  });
}

export function readInstalledCopies(root: string): InstalledCopy[] {
  const lockFile = readJson<LockFile>(join(root, "package-lock.json"));
  return [...(lockFile ? copiesFromLockFile(lockFile) : []), ...copiesInNodeModules(root), ...copiesBundledByNext(root)];
}
