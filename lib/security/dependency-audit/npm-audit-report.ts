// The online half of the dependency audit: reads `npm audit --json` output. The registry's
// advisory endpoint may refuse (405 here) or be unreachable; that must never read as "no
// findings", so the parse distinguishes three outcomes.

export interface NpmAuditFinding {
  packageName: string;
  severity: "high" | "critical";
  advisories: string[];
  fix: string;
}

export type NpmAuditOutcome =
  | { kind: "clean"; counted: number }
  | { kind: "findings"; findings: NpmAuditFinding[] }
  | { kind: "unavailable"; reason: string };

interface AuditVia {
  source?: number;
  title?: string;
  url?: string;
  severity?: string;
  range?: string;
}

interface AuditVulnerability {
  name?: string;
  severity?: string;
  via?: Array<AuditVia | string>;
  fixAvailable?: boolean | { name?: string; version?: string; isSemVerMajor?: boolean };
}

interface AuditJson {
  vulnerabilities?: Record<string, AuditVulnerability>;
  metadata?: { dependencies?: { total?: number } };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

const BLOCKING = new Set(["high", "critical"]);

function describeFix(fix: AuditVulnerability["fixAvailable"]): string {
  if (fix === true) return "npm audit fix";
  if (fix && typeof fix === "object") return `${fix.name ?? "?"}@${fix.version ?? "?"}${fix.isSemVerMajor ? " (semver-major)" : ""}`;
  return "no fix available";
}

function describeVia(via: AuditVia | string): string {
  if (typeof via === "string") return `through ${via}`;
  return [via.title, via.url, via.range ? `affected ${via.range}` : undefined].filter(Boolean).join(" — ");
}

export function parseNpmAuditOutput(stdout: string): NpmAuditOutcome {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: "unavailable", reason: `npm audit printed no JSON report (${stdout.trim().slice(0, 120) || "empty output"})` };
  }
  if (!report.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? report.error?.code ?? "the report has no vulnerabilities section";
    return { kind: "unavailable", reason: report.statusCode ? `${reason} (HTTP ${report.statusCode})` : reason };
  }
  const findings = Object.entries(report.vulnerabilities)
    .filter(([, vulnerability]) => BLOCKING.has(vulnerability.severity ?? ""))
    .map(([name, vulnerability]) => ({
      packageName: vulnerability.name ?? name,
      severity: vulnerability.severity as "high" | "critical",
      advisories: (vulnerability.via ?? []).map(describeVia),
      fix: describeFix(vulnerability.fixAvailable),
    }));
  return findings.length > 0 ? { kind: "findings", findings } : { kind: "clean", counted: Object.keys(report.vulnerabilities).length };
}
