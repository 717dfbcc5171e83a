// The offline half of the dependency audit: every installed copy of next and the React
// Server Components packages against the checked-in advisories. Pure, so the unit tests
// can feed it synthetic lock files.
import type { InstalledCopy } from "./audited-packages";
import type { AffectedRange, Advisory } from "./advisories";
import { compareVersions, parseVersion } from "./semver-compare";

export interface VulnerableCopy {
  copy: InstalledCopy;
  advisory: Advisory;
  /** The version to move to, or the advice when the line got no fix. */
  fixedIn: string;
}

// React canaries look like 19.3.0-canary-278794d7-20261002: the build date is their only
// usable order against a fix (their semantic version sorts before the line's releases).
const REACT_PRERELEASE_BUILD = /^(?:canary|experimental|rc)-[0-9a-f]+-(\d{8})$/;

function reactPrereleaseBuildDate(version: string): string | null {
  const prerelease = parseVersion(version)?.prerelease ?? [];
  if (prerelease.length !== 1) return null;
  return REACT_PRERELEASE_BUILD.exec(prerelease[0] ?? "")?.[1] ?? null;
}

function matchRange(version: string, range: AffectedRange): string | null {
  if (compareVersions(version, range.introduced) < 0) return null;
  if ("fixed" in range) return compareVersions(version, range.fixed) < 0 ? range.fixed : null;
  return compareVersions(version, range.unfixedBefore) < 0 ? "no fix on this release line" : null;
}

function fixFor(copy: InstalledCopy, advisory: Advisory): string | null {
  const buildDate = reactPrereleaseBuildDate(copy.version);
  if (buildDate && advisory.reactCanaryFixedOn && copy.name !== "next") {
    return buildDate < advisory.reactCanaryFixedOn ? `a React build from ${advisory.reactCanaryFixedOn} or later` : null;
  }
  for (const range of advisory.ranges) {
    const fixed = matchRange(copy.version, range);
    if (fixed === "no fix on this release line") return `no fix on this release line: upgrade to ${advisory.upgradeTo ?? "a supported line"}`;
    if (fixed) return fixed;
  }
  return null;
}

export function findVulnerableCopies(copies: readonly InstalledCopy[], advisories: readonly Advisory[]): VulnerableCopy[] {
  const found: VulnerableCopy[] = [];
  for (const copy of copies) {
    if (!parseVersion(copy.version)) {
      // An unreadable version cannot be cleared: report it rather than pass it.
      found.push({
        copy,
        advisory: { id: "UNREADABLE-VERSION", aliases: [], title: "version could not be read", severity: "high", packages: [copy.name], ranges: [], sources: [] },
        fixedIn: "a version the audit can read",
      });
      continue;
    }
    for (const advisory of advisories) {
      if (!advisory.packages.includes(copy.name)) continue;
      const fixedIn = fixFor(copy, advisory);
      if (fixedIn) found.push({ copy, advisory, fixedIn });
    }
  }
  return found;
}

export function describeVulnerableCopy({ copy, advisory, fixedIn }: VulnerableCopy): string {
  const aliases = advisory.aliases.length > 0 ? ` (${advisory.aliases.join(", ")})` : "";
  const source = advisory.sources[0] ? ` — ${advisory.sources[0]}` : "";
  return `${copy.name}@${copy.version} at ${copy.location}: ${advisory.id}${aliases} [${advisory.severity}] ${advisory.title}; fixed in ${fixedIn}${source}`;
}
