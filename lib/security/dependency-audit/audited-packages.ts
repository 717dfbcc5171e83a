// The packages whose versions CI holds against lib/security/dependency-audit/advisories.ts:
// the framework and the React Server Components runtime it executes on every request.
export const AUDITED_PACKAGES = [
  "next",
  "react",
  "react-dom",
  "react-server-dom-webpack",
  "react-server-dom-turbopack",
  "react-server-dom-parcel",
] as const;

export type AuditedPackage = (typeof AUDITED_PACKAGES)[number];

export function isAuditedPackage(name: string): name is AuditedPackage {
  return (AUDITED_PACKAGES as readonly string[]).includes(name);
}

/** One copy of an audited package found on disk or in the lock file, and where. */
export interface InstalledCopy {
  name: AuditedPackage;
  version: string;
  /** e.g. "package-lock.json node_modules/next" or "node_modules/next/dist/compiled/react-dom". */
  location: string;
}
