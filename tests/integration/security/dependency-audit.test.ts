// The dependency audit (npm run audit:dependencies) names every copy of next and the React
// Server Components packages below a known fix, reads npm audit's answer without mistaking
// a refused endpoint for a clean bill, and finds the React builds Next.js bundles.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ADVISORIES } from "@/lib/security/dependency-audit/advisories";
import type { AuditedPackage, InstalledCopy } from "@/lib/security/dependency-audit/audited-packages";
import { describeVulnerableCopy, findVulnerableCopies } from "@/lib/security/dependency-audit/check-installed-versions";
import { parseNpmAuditOutput } from "@/lib/security/dependency-audit/npm-audit-report";
import { copiesFromLockFile, readInstalledCopies } from "@/lib/security/dependency-audit/read-installed-versions";
import { compareVersions } from "@/lib/security/dependency-audit/semver-compare";

function lockFile(entries: Record<string, string>) {
  return {
    lockfileVersion: 3,
    packages: { "": { version: "1.0.0" }, ...Object.fromEntries(Object.entries(entries).map(([path, version]) => [path, { version }])) },
  };
}

function failuresFor(entries: Record<string, string>): Map<string, string[]> {
  const byCopy = new Map<string, string[]>();
  for (const entry of findVulnerableCopies(copiesFromLockFile(lockFile(entries)), ADVISORIES)) {
    const key = `${entry.copy.name}@${entry.copy.version}`;
    byCopy.set(key, [...(byCopy.get(key) ?? []), `${entry.advisory.id} → ${entry.fixedIn}`]);
  }
  return byCopy;
}

function copy(name: AuditedPackage, version: string): InstalledCopy {
  return { name, version, location: `fixture ${name}` };
}

const temporaryFolders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "bakytty-dependency-audit-"));
  temporaryFolders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

describe("semantic version order", () => {
  it.each([
    ["15.2.2", "15.2.3", -1],
    ["15.10.0", "15.9.9", 1],
    ["15.6.0-canary.57", "15.6.0-canary.58", -1],
    ["15.6.0-canary.100", "15.6.0-canary.58", 1],
    ["16.0.0-canary.0", "16.0.0", -1],
    ["19.2.1", "19.2.1", 0],
  ] as const)("%s against %s", (left, right, expected) => {
    expect(compareVersions(left, right), `${left} vs ${right}`).toBe(expected);
  });
});

describe("offline advisory check on a synthetic lock file", () => {
  it("names every advisory a vulnerable next 15.2.2 is below, with the fixed version on its line", () => {
    const failures = failuresFor({ "node_modules/next": "15.2.2" }).get("next@15.2.2") ?? [];
    expect(failures, "next@15.2.2").toEqual(
      expect.arrayContaining([
        "CVE-2025-29927 → 15.2.3",
        "CVE-2025-66478 → 15.2.6",
        "CVE-2025-67779 → 15.2.8",
        "GHSA-h25m-26qc-wcjf → 15.2.9",
        "CVE-2026-23869 → 15.5.15",
        "CVE-2026-23870 → 15.5.18",
      ]),
    );
  });

  it("names React2Shell and the later RSC denial-of-service fixes for react-server-dom-webpack 19.0.0, even nested", () => {
    const failures = failuresFor({ "node_modules/some-framework/node_modules/react-server-dom-webpack": "19.0.0" });
    expect(failures.get("react-server-dom-webpack@19.0.0"), "react-server-dom-webpack@19.0.0").toEqual([
      "CVE-2025-55182 → 19.0.1",
      "CVE-2025-55184 → 19.0.3",
      "CVE-2025-55183 → 19.0.2",
      "CVE-2026-23864 → 19.0.4",
      "CVE-2026-23869 → 19.0.5",
      "CVE-2026-23870 → 19.0.6",
    ]);
  });

  it("clears versions at or above every fix", () => {
    const failures = failuresFor({
      "node_modules/next": "16.2.6",
      "node_modules/react-server-dom-webpack": "19.2.8",
      "node_modules/react-server-dom-turbopack": "19.1.7",
      "node_modules/react": "19.0.6",
    });
    expect([...failures.entries()], "fixed versions").toEqual([]);
  });

  it("clears a release line no advisory covers (react 19.3.1, next 16.4.6) but not the unpatched 13.x/14.x lines", () => {
    expect([...failuresFor({ "node_modules/react": "19.3.1", "node_modules/next": "16.4.6" }).entries()], "newer lines").toEqual([]);
    const failures = failuresFor({ "node_modules/next": "14.2.35" }).get("next@14.2.35") ?? [];
    expect(failures.map((failure) => failure.split(" → ")[0]), "next@14.2.35").toEqual(["GHSA-h25m-26qc-wcjf", "CVE-2026-23869", "CVE-2026-23870"]);
    expect(failures.every((failure) => failure.includes("no fix on this release line")), failures.join("\n")).toBe(true);
  });

  it("places Next.js canaries on their own line (15.6.0-canary.57 vulnerable, .58 fixed for CVE-2025-66478)", () => {
    const ids = (version: string) => findVulnerableCopies([copy("next", version)], ADVISORIES).map((entry) => entry.advisory.id);
    expect(ids("15.6.0-canary.57"), "next@15.6.0-canary.57").toContain("CVE-2025-66478");
    expect(ids("15.6.0-canary.58"), "next@15.6.0-canary.58").not.toContain("CVE-2025-66478");
  });

  it("judges a React canary bundled by Next.js by its build date", () => {
    const old = findVulnerableCopies([copy("react-server-dom-webpack", "19.3.0-canary-1a2b3c4d-20251120")], ADVISORIES);
    expect(old.map((entry) => entry.advisory.id), "canary of 2025-11-20").toEqual(
      expect.arrayContaining(["CVE-2025-55182", "CVE-2025-55184", "CVE-2026-23870"]),
    );
    expect(findVulnerableCopies([copy("react-server-dom-webpack", "19.3.0-canary-278794d7-20261002")], ADVISORIES), "canary of 2026-10-02").toEqual([]);
  });

  it("refuses to clear a version it cannot read", () => {
    const [entry] = findVulnerableCopies([copy("next", "latest")], ADVISORIES);
    expect(entry && describeVulnerableCopy(entry), "next@latest").toMatch(/next@latest at fixture next: UNREADABLE-VERSION/);
  });

  it("describes a failure with package, version, location, advisory, fixed version and source", () => {
    const [entry] = findVulnerableCopies(copiesFromLockFile(lockFile({ "node_modules/next": "15.2.2" })), ADVISORIES);
    expect(entry && describeVulnerableCopy(entry)).toBe(
      "next@15.2.2 at package-lock.json node_modules/next: CVE-2025-66478 (GHSA-9qr9-h5gf-34mp) [critical] Next.js App Router: remote code execution through the React flight protocol (CVE-2025-55182); fixed in 15.2.6 — https://nextjs.org/blog/CVE-2025-66478",
    );
  });

  it("cites a source for every advisory", () => {
    for (const advisory of ADVISORIES) expect(advisory.sources.length, advisory.id).toBeGreaterThan(0);
  });
});

describe("npm audit's answer", () => {
  it("reads a refused advisory endpoint (405) as unavailable, never as clean", () => {
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 });
    const outcome = parseNpmAuditOutput(refused);
    expect(outcome.kind, JSON.stringify(outcome)).toBe("unavailable");
    expect(outcome.kind === "unavailable" && outcome.reason, "reason").toContain("HTTP 405");
    expect(parseNpmAuditOutput("").kind, "empty output").toBe("unavailable");
    expect(parseNpmAuditOutput(JSON.stringify({ error: { code: "ENOTFOUND", summary: "request failed" } })).kind, "offline").toBe("unavailable");
  });

  it("names package, advisory and fix for high and critical findings, and ignores moderate ones", () => {
    const outcome = parseNpmAuditOutput(
      JSON.stringify({
        auditReportVersion: 2,
        vulnerabilities: {
          next: {
            name: "next",
            severity: "critical",
            via: [{ source: 1, title: "Authorization Bypass in Next.js Middleware", url: "https://github.com/advisories/GHSA-f82v-jwr5-mffw", severity: "critical", range: ">=15.0.0 <15.2.3" }],
            fixAvailable: { name: "next", version: "15.2.3", isSemVerMajor: false },
          },
          postcss: { name: "postcss", severity: "moderate", via: [], fixAvailable: true },
        },
      }),
    );
    expect(outcome).toEqual({
      kind: "findings",
      findings: [
        {
          packageName: "next",
          severity: "critical",
          advisories: ["Authorization Bypass in Next.js Middleware — https://github.com/advisories/GHSA-f82v-jwr5-mffw — affected >=15.0.0 <15.2.3"],
          fix: "next@15.2.3",
        },
      ],
    });
    expect(parseNpmAuditOutput(JSON.stringify({ vulnerabilities: { postcss: { severity: "moderate" } } })).kind, "moderate only").toBe("clean");
  });
});

describe("installed copies on disk", () => {
  it("reads node_modules and the React builds Next.js bundles, falling back to the bundled react's version", () => {
    const root = temporaryFolder();
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write("package-lock.json", JSON.stringify(lockFile({ "node_modules/next": "15.2.2" })));
    write("node_modules/next/package.json", JSON.stringify({ name: "next", version: "15.2.2" }));
    write("node_modules/next/dist/compiled/react/cjs/react.production.js", 'exports.version = "19.1.0-canary-0a1b2c3d-20250301";');
    write("node_modules/next/dist/compiled/react-server-dom-webpack/cjs/server.node.production.js", "/* no version string */");
    const found = readInstalledCopies(root).map((entry) => `${entry.name}@${entry.version} ${entry.location}`);
    expect(found).toEqual([
      "next@15.2.2 package-lock.json node_modules/next",
      "next@15.2.2 node_modules/next/package.json",
      "react@19.1.0-canary-0a1b2c3d-20250301 node_modules/next/dist/compiled/react",
      "react-server-dom-webpack@19.1.0-canary-0a1b2c3d-20250301 node_modules/next/dist/compiled/react-server-dom-webpack (same React build as next/dist/compiled/react)",
    ]);
  });

  it("finds this checkout's next and its bundled React Server Components runtime, all clear of the known advisories", () => {
    const copies = readInstalledCopies(process.cwd());
    expect(copies.map((entry) => entry.name), "audited packages found").toEqual(expect.arrayContaining(["next", "react", "react-server-dom-webpack"]));
    expect(findVulnerableCopies(copies, ADVISORIES).map(describeVulnerableCopy), "vulnerable copies in this checkout").toEqual([]);
  });

  it("the command exits 1 and names the dependency when the installed tree is vulnerable", () => {
    const root = temporaryFolder();
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "fixture", version: "1.0.0" }));
    writeFileSync(join(root, "package-lock.json"), JSON.stringify(lockFile({ "node_modules/next": "15.2.2", "node_modules/react-server-dom-webpack": "19.0.0" })));
    const cli = resolve("lib/security/dependency-audit/cli.ts");
    const result = spawnSync(resolve("node_modules/.bin/tsx"), [cli], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr, "stderr").toContain("next@15.2.2 at package-lock.json node_modules/next: CVE-2025-29927");
    expect(result.stderr, "stderr").toContain("react-server-dom-webpack@19.0.0 at package-lock.json node_modules/react-server-dom-webpack: CVE-2025-55182");
  });
});
