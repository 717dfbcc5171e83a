// `npm run audit:dependencies`: fails (exit 1) on a high or critical `npm audit` finding and
// on any installed next / React Server Components copy below a known fix. The offline check
// always runs, because CI's network reaches the registry's package data but not its
// advisory endpoint; when that endpoint refuses, the command says so on stderr.
import { spawnSync } from "node:child_process";
import { ADVISORIES } from "./advisories";
import { describeVulnerableCopy, findVulnerableCopies } from "./check-installed-versions";
import { parseNpmAuditOutput } from "./npm-audit-report";
import { readInstalledCopies } from "./read-installed-versions";

function runNpmAudit(root: string): string {
  const result = spawnSync("npm", ["audit", "--audit-level=high", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
  return result.stdout || (result.error ? JSON.stringify({ message: result.error.message }) : "");
}

function main(): number {
  const root = process.cwd();
  let failed = false;

  const audit = parseNpmAuditOutput(runNpmAudit(root));
  if (audit.kind === "unavailable") {
    console.error("[audit] WARNING: npm audit could NOT check the dependency tree against the registry's advisories.");
    console.error(`[audit] WARNING: ${audit.reason}`);
    console.error("[audit] WARNING: only the offline list in lib/security/dependency-audit/advisories.ts is checked below.");
  } else if (audit.kind === "findings") {
    failed = true;
    for (const finding of audit.findings) {
      console.error(`[audit] FAIL npm audit: ${finding.packageName} [${finding.severity}] ${finding.advisories.join("; ")}; fix: ${finding.fix}`);
    }
  } else {
    console.log(`[audit] npm audit: no high or critical findings (${audit.counted} lower-severity entries).`);
  }

  const copies = readInstalledCopies(root);
  if (!copies.some((copy) => copy.name === "next")) {
    console.error("[audit] FAIL offline check: no installed copy of next found (run npm ci first).");
    return 1;
  }
  const vulnerable = findVulnerableCopies(copies, ADVISORIES);
  for (const entry of vulnerable) console.error(`[audit] FAIL ${describeVulnerableCopy(entry)}`);
  if (vulnerable.length === 0) {
    const listed = [...new Set(copies.map((copy) => `${copy.name}@${copy.version}`))].join(", ");
    console.log(`[audit] offline check: ${copies.length} copies (${listed}) clear of ${ADVISORIES.length} known advisories.`);
  }
  return failed || vulnerable.length > 0 ? 1 : 0;
}

process.exit(main());
