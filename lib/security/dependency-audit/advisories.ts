// The known 2025–2026 advisories for next and the React Server Components packages, checked
// offline on every CI run because the registry's advisory endpoint is not reachable from CI
// (it answers 405). Each entry cites where its ranges came from; add new advisories here.
//
// A range is "introduced ≤ version < fixed" on one release line; `unfixedBefore` marks lines
// that never got a fix (then `upgradeTo` says where to go). Next.js canaries are covered by ranges
// starting at "X.Y.0-canary.0". React canaries (which Next.js bundles under
// next/dist/compiled) carry their build date instead of a comparable version, so React
// advisories also give the date from which React's canaries carry the fix.
import type { AuditedPackage } from "./audited-packages";

/** Affected from `introduced` up to `fixed` (exclusive), or a whole line that got no fix. */
export type AffectedRange = { introduced: string; fixed: string } | { introduced: string; unfixedBefore: string };

export interface Advisory {
  id: string;
  aliases: readonly string[];
  title: string;
  severity: "critical" | "high" | "moderate";
  packages: readonly AuditedPackage[];
  ranges: readonly AffectedRange[];
  /** Where to go from a line that has no fix. */
  upgradeTo?: string;
  /** YYYYMMDD: React canary builds from this date on include the fix. */
  reactCanaryFixedOn?: string;
  sources: readonly string[];
}

// React publishes react, react-dom and react-server-dom-* in lockstep, so a react or
// react-dom below a fix marks a React release whose RSC runtime is vulnerable.
const REACT_PACKAGES: readonly AuditedPackage[] = [
  "react",
  "react-dom",
  "react-server-dom-webpack",
  "react-server-dom-turbopack",
  "react-server-dom-parcel",
];

const NEXT: readonly AuditedPackage[] = ["next"];

function reactLines(fixes: readonly string[]): AffectedRange[] {
  return fixes.map((fixed) => {
    const [major, minor] = fixed.split(".");
    return { introduced: `${major}.${minor}.0`, fixed };
  });
}

export const ADVISORIES: readonly Advisory[] = [
  {
    id: "CVE-2025-55182",
    aliases: ["GHSA-fv66-9v8q-g76r", "React2Shell"],
    title: "React Server Components: unauthenticated remote code execution",
    severity: "critical",
    packages: REACT_PACKAGES,
    ranges: reactLines(["19.0.1", "19.1.2", "19.2.1"]),
    reactCanaryFixedOn: "20251203",
    sources: [
      "https://react.dev/blog/2025/12/03/critical-security-vulnerability-in-react-server-components",
      "https://github.com/facebook/react/security/advisories/GHSA-fv66-9v8q-g76r",
    ],
  },
  {
    id: "CVE-2025-66478",
    aliases: ["GHSA-9qr9-h5gf-34mp"],
    title: "Next.js App Router: remote code execution through the React flight protocol (CVE-2025-55182)",
    severity: "critical",
    packages: NEXT,
    ranges: [
      { introduced: "14.3.0-canary.77", unfixedBefore: "15.0.0-canary.0" },
      { introduced: "15.0.0-canary.0", fixed: "15.0.5" },
      { introduced: "15.1.0-canary.0", fixed: "15.1.9" },
      { introduced: "15.2.0-canary.0", fixed: "15.2.6" },
      { introduced: "15.3.0-canary.0", fixed: "15.3.6" },
      { introduced: "15.4.0-canary.0", fixed: "15.4.8" },
      { introduced: "15.5.0-canary.0", fixed: "15.5.7" },
      { introduced: "15.6.0-canary.0", fixed: "15.6.0-canary.58" },
      { introduced: "16.0.0-canary.0", fixed: "16.0.7" },
      { introduced: "16.1.0-canary.0", fixed: "16.1.0-canary.12" },
    ],
    upgradeTo: "a patched stable 15.x or 16.x (14.3 canaries: 14.3.0-canary.76 or a 14.2 stable)",
    sources: [
      "https://nextjs.org/blog/CVE-2025-66478",
      "https://github.com/vercel/next.js/security/advisories/GHSA-9qr9-h5gf-34mp",
    ],
  },
  {
    id: "CVE-2025-29927",
    aliases: ["GHSA-f82v-jwr5-mffw"],
    title: "Next.js middleware authorization bypass (x-middleware-subrequest)",
    severity: "critical",
    packages: NEXT,
    ranges: [
      { introduced: "12.0.0", fixed: "12.3.5" },
      { introduced: "13.0.0", fixed: "13.5.9" },
      { introduced: "14.0.0", fixed: "14.2.25" },
      { introduced: "15.0.0", fixed: "15.2.3" },
    ],
    sources: ["https://nextjs.org/blog/cve-2025-29927", "https://github.com/advisories/GHSA-f82v-jwr5-mffw"],
  },
  {
    id: "CVE-2025-55184",
    aliases: ["CVE-2025-67779"],
    title: "React Server Components: denial of service through a crafted request (and its incomplete first fix)",
    severity: "high",
    packages: REACT_PACKAGES,
    ranges: reactLines(["19.0.3", "19.1.4", "19.2.3"]),
    reactCanaryFixedOn: "20251211",
    sources: [
      "https://react.dev/blog/2025/12/11/denial-of-service-and-source-code-exposure-in-react-server-components",
      "https://github.com/github/advisory-database/pull/6547",
    ],
  },
  {
    id: "CVE-2025-55183",
    aliases: [],
    title: "React Server Components: source code exposure of Server Functions",
    severity: "moderate",
    packages: REACT_PACKAGES,
    ranges: reactLines(["19.0.2", "19.1.3", "19.2.2"]),
    reactCanaryFixedOn: "20251211",
    sources: ["https://react.dev/blog/2025/12/11/denial-of-service-and-source-code-exposure-in-react-server-components"],
  },
  {
    id: "CVE-2025-67779",
    aliases: ["GHSA-5j59-xgg2-r9c4", "GHSA-mwv6-3258-q52c", "GHSA-w37m-7fhw-fmv9", "CVE-2025-55184", "CVE-2025-55183"],
    title: "Next.js App Router: denial of service and Server Action source exposure (complete fix)",
    severity: "high",
    packages: NEXT,
    ranges: [
      { introduced: "13.3.0", fixed: "14.2.35" },
      { introduced: "15.0.0-canary.0", fixed: "15.0.7" },
      { introduced: "15.1.0-canary.0", fixed: "15.1.11" },
      { introduced: "15.2.0-canary.0", fixed: "15.2.8" },
      { introduced: "15.3.0-canary.0", fixed: "15.3.8" },
      { introduced: "15.4.0-canary.0", fixed: "15.4.10" },
      { introduced: "15.5.0-canary.0", fixed: "15.5.9" },
      { introduced: "16.0.0-canary.0", fixed: "16.0.10" },
    ],
    sources: [
      "https://nextjs.org/blog/security-update-2025-12-11",
      "https://github.com/vercel/next.js/security/advisories/GHSA-5j59-xgg2-r9c4",
      "https://vercel.com/kb/bulletin/security-bulletin-cve-2025-55184-and-cve-2025-55183",
    ],
  },
  {
    id: "CVE-2026-23864",
    aliases: ["GHSA-83fc-fqcc-2hmg"],
    title: "React Server Components: denial of service (CPU, memory, crash) through Server Function requests",
    severity: "high",
    packages: REACT_PACKAGES,
    ranges: reactLines(["19.0.4", "19.1.5", "19.2.4"]),
    reactCanaryFixedOn: "20260126",
    sources: [
      "https://github.com/facebook/react/security/advisories/GHSA-83fc-fqcc-2hmg",
      "https://github.com/RndUsername/Home-DMS/pull/8",
    ],
  },
  {
    id: "GHSA-h25m-26qc-wcjf",
    aliases: ["CVE-2026-23864"],
    title: "Next.js App Router: HTTP request deserialization denial of service (January 2026)",
    severity: "high",
    packages: NEXT,
    ranges: [
      { introduced: "13.0.0", unfixedBefore: "15.0.0-canary.0" },
      { introduced: "15.0.0-canary.0", fixed: "15.0.8" },
      { introduced: "15.1.0-canary.0", fixed: "15.1.12" },
      { introduced: "15.2.0-canary.0", fixed: "15.2.9" },
      { introduced: "15.3.0-canary.0", fixed: "15.3.9" },
      { introduced: "15.4.0-canary.0", fixed: "15.4.11" },
      { introduced: "15.5.0-canary.0", fixed: "15.5.10" },
      { introduced: "16.0.0-canary.0", fixed: "16.0.11" },
      { introduced: "16.1.0-canary.0", fixed: "16.1.5" },
    ],
    upgradeTo: "15.0.8 or later (13.x and 14.x get no fix)",
    sources: [
      "https://github.com/advisories/GHSA-h25m-26qc-wcjf",
      "https://github.com/vercel/turborepo/pull/11597",
      "https://github.com/incidentfox/incidentfox/pull/182",
    ],
  },
  {
    id: "CVE-2026-23869",
    aliases: [],
    title: "React Server Components: denial of service through a cyclic Server Function payload (April 2026)",
    severity: "high",
    packages: REACT_PACKAGES,
    ranges: reactLines(["19.0.5", "19.1.6", "19.2.5"]),
    reactCanaryFixedOn: "20260408",
    sources: [
      "https://www.fastly.com/blog/what-is-cve-2026-23869-react-server-components-security-alert",
      "https://pulse.adyog.com/insights/nextjs-react-server-components-dos-cvss-7-5-cyclic-payload",
    ],
  },
  {
    id: "CVE-2026-23869",
    aliases: [],
    title: "Next.js App Router: denial of service through a cyclic Server Function payload (April 2026)",
    severity: "high",
    packages: NEXT,
    ranges: [
      { introduced: "13.0.0", unfixedBefore: "15.0.0-canary.0" },
      { introduced: "15.0.0-canary.0", fixed: "15.5.15" },
      { introduced: "16.0.0-canary.0", fixed: "16.2.3" },
    ],
    upgradeTo: "15.5.15 / 16.2.3 or later (13.x and 14.x get no fix)",
    sources: ["https://vercel.com/changelog/summary-of-cve-2026-23869"],
  },
  {
    id: "CVE-2026-23870",
    aliases: [],
    title: "React Server Components: denial of service (CPU, out of memory, crash) (May 2026)",
    severity: "high",
    packages: REACT_PACKAGES,
    ranges: reactLines(["19.0.6", "19.1.7", "19.2.6"]),
    reactCanaryFixedOn: "20260506",
    sources: ["https://threatfrontier.com/articles/cve-2026-23870-react-server-components-dos-nextjs-app-router"],
  },
  {
    id: "CVE-2026-23870",
    aliases: ["GHSA-492v-c6pp-mqqv", "CVE-2026-44578", "CVE-2026-44575", "CVE-2026-44576"],
    title: "Next.js May 2026 security release: RSC denial of service, middleware bypasses, WebSocket SSRF, cache poisoning",
    severity: "high",
    packages: NEXT,
    ranges: [
      { introduced: "13.0.0", unfixedBefore: "15.0.0-canary.0" },
      { introduced: "15.0.0-canary.0", fixed: "15.5.18" },
      { introduced: "16.0.0-canary.0", fixed: "16.2.6" },
    ],
    upgradeTo: "15.5.18 / 16.2.6 or later (13.x and 14.x get no fix)",
    sources: [
      "https://devops-daily.com/posts/nextjs-16-2-6-15-5-18-security-release",
      "https://www.cvelogic.com/cve/CVE-2026-44576",
    ],
  },
  {
    id: "CVE-2026-44907",
    aliases: ["GHSA-wx67-qw84-cm4g"],
    title: "React Server Components: denial of service through Server Function requests (July 2026)",
    severity: "high",
    packages: REACT_PACKAGES,
    // Only the 19.2 line's fix is documented in the sources we have.
    ranges: [{ introduced: "19.2.0", fixed: "19.2.8" }],
    sources: ["https://github.com/langgenius/dify/pull/39540", "https://github.com/react/react/security/advisories/GHSA-wx67-qw84-cm4g"],
  },
];
