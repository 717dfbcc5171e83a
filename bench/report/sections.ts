// One function per section of docs/benchmarks.md: the figures of this run as tables,
// each beside its target with a PASS/FAIL mark, and the checks for the summary table.
import type { BenchResult } from "../support/bench-result";
import { formatMachine } from "../support/machine";
import type { EngineFigures, HttpBenchFigures, ImpactPreviewFigures, LighthouseBenchFigures, PaymentRunFigures, QueuePageFigures, RouteJsSizeFigures } from "./figure-types";
import { fixed, int, kib, mark, ms, seconds, table } from "./format";

export interface Check {
  area: string;
  figure: string;
  value: string;
  target: string;
  pass: boolean;
}

export interface Section {
  markdown: string;
  checks: Check[];
}

const PAGE_P95_TARGET_MS = 100;
const LANDING_TARGET_RPS = 1_000;
const LIGHTHOUSE_PERFORMANCE_TARGET = 95;
const LIGHTHOUSE_ACCESSIBILITY_TARGET = 100;

function ranOn(result: BenchResult<unknown>): string {
  return `Ran on ${formatMachine(result.machine)}; load average at its end ${result.machine.loadAverage.join(", ")} (1, 5, 15 min); finished ${result.finishedAt}.`;
}

export function httpLoadSection(result: BenchResult<HttpBenchFigures>): Section {
  const { load, families, startupSeconds } = result.figures;
  const checks: Check[] = [];
  const rows = load.pages.map((page) => {
    const atTargetConcurrency = page.connections === 10;
    const p95Pass = page.responses > 0 && page.latencyMs.p95 < PAGE_P95_TARGET_MS;
    // No response at all (every request slower than the run) is not a clean run either.
    const clean = page.responses > 0 && page.errors === 0 && page.non2xx3xx === 0 && page.unexpected === 0;
    const isLanding = page.path === "/ru";
    const rpsPass = page.requestsPerSecond > LANDING_TARGET_RPS;
    const name = `${page.path} (${page.reader}, ${page.connections} connections)`;
    if (atTargetConcurrency) checks.push({ area: "HTTP load", figure: `${name} p95`, value: ms(page.latencyMs.p95), target: `< ${PAGE_P95_TARGET_MS} ms`, pass: p95Pass });
    if (isLanding) checks.push({ area: "HTTP load", figure: `${name} throughput`, value: `${int(page.requestsPerSecond)} req/s`, target: `> ${int(LANDING_TARGET_RPS)} req/s`, pass: rpsPass });
    checks.push({ area: "HTTP load", figure: `${name} errors and unexpected answers`, value: int(page.errors + page.non2xx3xx + page.unexpected), target: "0", pass: clean });
    return [
      `\`${page.path}\``, page.reader, String(page.connections), int(page.responses), int(page.requestsPerSecond),
      ms(page.latencyMs.p50), `**${ms(page.latencyMs.p95)}**`, ms(page.latencyMs.p99),
      `${page.non2xx3xx} / ${page.unexpected} / ${page.errors}`,
      [atTargetConcurrency ? `p95 < 100 ms ${mark(p95Pass)}` : "", isLanding ? `> 1,000 req/s ${mark(rpsPass)}` : "", `clean ${mark(clean)}`].filter(Boolean).join("; "),
    ];
  });
  const submit = load.submit;
  const submitClean = submit.errors === 0 && submit.non2xx3xx === 0 && submit.unexpected === 0 && submit.submitted === submit.requested;
  checks.push({ area: "HTTP load", figure: `submit action (${submit.connections} connections): drafts submitted, errors`, value: `${int(submit.submitted)} of ${int(submit.requested)}, ${submit.errors + submit.non2xx3xx + submit.unexpected} errors`, target: "all, 0 errors", pass: submitClean });
  rows.push([
    "submit action", `${int(submit.requested)} families, one draft each`, String(submit.connections), int(submit.responses), int(submit.requestsPerSecond),
    ms(submit.latencyMs.p50), `**${ms(submit.latencyMs.p95)}**`, ms(submit.latencyMs.p99),
    `${submit.non2xx3xx} / ${submit.unexpected} / ${submit.errors}`,
    `${int(submit.submitted)} of ${int(submit.requested)} drafts submitted ${mark(submitClean)}`,
  ]);
  const markdown = [
    table(["Page or action", "Reader", "Connections", "Responses", "Requests/s", "p50", "p95", "p99", "4xx-5xx / not expected / errors", "Target"], rows),
    "",
    `"Not expected": answers other than 200 for the pages, other than ${submit.expectedStatus} (what the browser's own submit got) for the action. ` +
      `Each page: ${int(load.pages[0]?.seconds ?? 0)} s of load after a warm-up; the submit action: ${int(submit.requested)} requests.`,
    "",
    `Portal start-up with ${int(families)} families (embedded PostgreSQL, migrations, the demo seed, \`next start\` answering): ${fixed(startupSeconds, 1)} s.`,
    "",
    ranOn(result),
  ].join("\n");
  return { markdown, checks };
}

export function burstSection(result: BenchResult<HttpBenchFigures>): Section {
  const burst = result.figures.burst;
  const storedPass = burst.submitted === burst.requested && burst.submittedEvents === burst.requested;
  const errorsPass = burst.errors === 0 && burst.non2xx3xx === 0 && burst.unexpected === 0;
  const lostPass = burst.lost === 0;
  const checks: Check[] = [
    { area: "Burst", figure: `${int(burst.requested)} submissions at ${burst.connections}: applications SUBMITTED`, value: int(burst.submitted), target: int(burst.requested), pass: storedPass },
    { area: "Burst", figure: "errors and unexpected answers", value: int(burst.errors + burst.non2xx3xx + burst.unexpected), target: "0", pass: errorsPass },
    { area: "Burst", figure: "drafts lost", value: int(burst.lost), target: "0", pass: lostPass },
  ];
  const markdown = [
    table(["Figure", "Value", "Target", ""], [
      ["Submissions, concurrent connections", `${int(burst.requested)} at ${burst.connections}`, "", ""],
      ["Duration", seconds(burst.seconds), "", ""],
      ["Rate", `${fixed(burst.requestsPerSecond, 1)} submissions/s`, "", ""],
      ["Latency p50 / p95 / p99", `${ms(burst.latencyMs.p50)} / ${ms(burst.latencyMs.p95)} / ${ms(burst.latencyMs.p99)}`, "", ""],
      ["Applications moved to SUBMITTED (database)", int(burst.submitted), int(burst.requested), mark(storedPass)],
      ["\"Submitted\" timeline events (database)", int(burst.submittedEvents), int(burst.requested), mark(storedPass)],
      ["Errors / 4xx-5xx / other answers", `${burst.errors} / ${burst.non2xx3xx} / ${burst.unexpected}`, "0", mark(errorsPass)],
      ["Unsent margin drafts still DRAFT", int(burst.untouchedDrafts), "", ""],
      ["Drafts lost (neither submitted nor untouched)", int(burst.lost), "0", mark(lostPass)],
    ]),
    "",
    ranOn(result),
  ].join("\n");
  return { markdown, checks };
}

export function lighthouseSection(result: BenchResult<LighthouseBenchFigures>): Section {
  const checks: Check[] = [];
  const rows = result.figures.pages.map((page) => {
    const performancePass = page.performance >= LIGHTHOUSE_PERFORMANCE_TARGET;
    const accessibilityPass = page.accessibility >= LIGHTHOUSE_ACCESSIBILITY_TARGET;
    checks.push({ area: "Lighthouse", figure: `${page.label} performance`, value: String(page.performance), target: `≥ ${LIGHTHOUSE_PERFORMANCE_TARGET}`, pass: performancePass });
    checks.push({ area: "Lighthouse", figure: `${page.label} accessibility`, value: String(page.accessibility), target: String(LIGHTHOUSE_ACCESSIBILITY_TARGET), pass: accessibilityPass });
    return [
      page.label, `\`${page.path}\``, `${page.performance} ${mark(performancePass)}`,
      `${page.accessibility} ${mark(accessibilityPass)}${page.accessibilityFailures.length ? ` (failing: ${page.accessibilityFailures.join(", ")})` : ""}`,
      String(page.bestPractices), ms(page.lcpMs), fixed(page.cls, 3), ms(page.tbtMs),
    ];
  });
  const first = result.figures.pages[0];
  const markdown = [
    table(["Page", "Path", "Performance (≥ 95)", "Accessibility (100)", "Best practices", "LCP", "CLS", "TBT"], rows),
    "",
    `Lighthouse ${first?.lighthouseVersion ?? "?"}, form factor ${first?.formFactor ?? "?"}; portal seeded with ${int(result.figures.families)} families.`,
    "",
    ranOn(result),
  ].join("\n");
  return { markdown, checks };
}

export function routeJsSection(result: BenchResult<RouteJsSizeFigures>): Section {
  const { routes, budgetBytes } = result.figures;
  const citizen = routes.filter((route) => route.isCitizenRoute);
  const largest = citizen.reduce((max, route) => Math.max(max, route.bytes), 0);
  const pass = largest <= budgetBytes;
  const rows = routes.map((route) => [
    `\`${route.route.replace(/\/page$/, "")}\``,
    kib(route.bytes),
    route.isCitizenRoute ? `≤ ${kib(budgetBytes)} ${mark(route.bytes <= budgetBytes)}` : "staff / other (no budget)",
  ]);
  return {
    markdown: [table(["Route", "JavaScript (gzipped)", "Budget"], rows), "", ranOn(result)].join("\n"),
    checks: [{ area: "JavaScript", figure: `largest citizen route of ${citizen.length}`, value: kib(largest), target: `≤ ${kib(budgetBytes)}`, pass }],
  };
}

export function engineSection(result: BenchResult<EngineFigures>): Section {
  const f = result.figures;
  const ratePass = f.engineFamiliesPerSecond >= 200_000;
  const ratioPass = f.ratioSameRules >= 20;
  const memoryPass = f.peakRssMb < 300;
  const agreePass = f.disagreements === 0;
  return {
    markdown: [
      table(["Figure", "Value", "Target", ""], [
        ["Engine, 11 measures with full traces", `${int(f.engineFamiliesPerSecond)} families/s`, "≥ 200,000", mark(ratePass)],
        ["Engine, the 4 core rules with traces", `${int(f.coreRulesFamiliesPerSecond)} families/s`, "", ""],
        ["Engine with every message rendered (ru)", `${int(f.renderedFamiliesPerSecond)} families/s`, "", ""],
        ["json-rules-engine, 4 core rules", `${int(f.jsonRulesEngineFamiliesPerSecond)} families/s`, "", ""],
        ["Ratio, same 4 rules", `${fixed(f.ratioSameRules, 1)}×`, "≥ 20×", mark(ratioPass)],
        ["Ratio, all 11 measures ÷ peer's 4 rules", `${fixed(f.ratioAllMeasures, 1)}×`, "", ""],
        ["Peak RSS / heap used (incl. the families held in memory)", `${int(f.peakRssMb)} / ${int(f.peakHeapMb)} MB`, "< 300 MB", mark(memoryPass)],
        ["Verdicts that disagree", `${int(f.disagreements)} of ${int(f.families)} families`, "0", mark(agreePass)],
      ]),
      "",
      ranOn(result),
    ].join("\n"),
    checks: [
      { area: "Engine", figure: "11 measures with traces", value: `${int(f.engineFamiliesPerSecond)} families/s`, target: "≥ 200,000", pass: ratePass },
      { area: "Engine", figure: "ratio to json-rules-engine, same rules", value: `${fixed(f.ratioSameRules, 1)}×`, target: "≥ 20×", pass: ratioPass },
      { area: "Engine", figure: "peak RSS", value: `${int(f.peakRssMb)} MB`, target: "< 300 MB", pass: memoryPass },
      { area: "Engine", figure: "verdicts disagreeing with json-rules-engine", value: int(f.disagreements), target: "0", pass: agreePass },
    ],
  };
}

export function queuePageSection(result: BenchResult<QueuePageFigures>): Section {
  const f = result.figures;
  const checks: Check[] = [];
  const rows = f.readers.flatMap((reader) => {
    const who = reader.reader === "caseworker" ? `Caseworker (${reader.district ?? "?"})` : "Supervisor (whole city)";
    const pass = reader.listWorkQueue.p95 < 150;
    checks.push({ area: "Work queue", figure: `${who} listWorkQueue p95`, value: ms(reader.listWorkQueue.p95), target: "< 150 ms", pass });
    return [
      [who, "`listWorkQueue`", ms(reader.listWorkQueue.p50), `**${ms(reader.listWorkQueue.p95)}**`, ms(reader.listWorkQueue.p99), `< 150 ms ${mark(pass)}`],
      [who, "page data", ms(reader.pageData.p50), ms(reader.pageData.p95), ms(reader.pageData.p99), ""],
    ];
  });
  const slowest = f.readers.map((reader) => `${reader.reader}: "${reader.slowestFilterSet.label}" (p95 ${ms(reader.slowestFilterSet.p95)})`).join("; ");
  return {
    markdown: [
      `Data: ${int(f.families)} families, **${int(f.applications)} applications** (${int(f.open)} open, ${int(f.drafts)} drafts); ${int(f.callsPerReader)} timed calls per reader.`,
      "",
      table(["Reader", "What", "p50", "p95", "p99", "Target"], rows),
      "",
      `Slowest filter set per reader: ${slowest}.`,
      "",
      ranOn(result),
    ].join("\n"),
    checks,
  };
}

export function paymentRunSection(result: BenchResult<PaymentRunFigures>): Section {
  const f = result.figures;
  const runPass = f.firstRunSeconds < 10;
  const oncePass = f.secondRunCreatedNothing && f.paymentsInMonth === f.entitlements && f.runs === 1;
  return {
    markdown: [
      table(["Step", "Value", "Target", ""], [
        [`Seeding ${int(f.entitlements)} entitlements`, seconds(f.seedingSeconds), "", ""],
        [`First run for ${f.month}: ${int(f.firstRunPayments)} payments, ${int(f.firstRunTotalTenge)} ₸`, `**${seconds(f.firstRunSeconds)}**`, "< 10 s", mark(runPass)],
        ["Second run of the same month", `${seconds(f.secondRunSeconds)}, ${f.secondRunCreatedNothing ? "nothing created" : "CREATED A RUN"}`, "nothing created", mark(f.secondRunCreatedNothing)],
        ["Payments in the month / runs", `${int(f.paymentsInMonth)} / ${f.runs}`, `${int(f.entitlements)} / 1`, mark(oncePass)],
        [`Bank-file export, ${int(f.exportRows)} rows (${fixed(f.exportMiB, 1)} MiB CSV), payments marked sent`, `${seconds(f.exportSeconds)}; ${int(f.sent)} sent`, "", ""],
      ]),
      "",
      ranOn(result),
    ].join("\n"),
    checks: [
      { area: "Payment run", figure: `run over ${int(f.entitlements)} entitlements`, value: seconds(f.firstRunSeconds), target: "< 10 s", pass: runPass },
      { area: "Payment run", figure: "second run creates nothing; one payment per entitlement", value: `${int(f.paymentsInMonth)} payments, ${f.runs} run(s)`, target: `${int(f.entitlements)}, 1`, pass: oncePass },
    ],
  };
}

export function impactPreviewSection(result: BenchResult<ImpactPreviewFigures>): Section {
  const f = result.figures;
  const pass = f.medianSeconds < 5;
  return {
    markdown: [
      table(["Figure", "Value", "Target", ""], [
        [`Seeding ${int(f.families)} families`, seconds(f.seedingSeconds), "", ""],
        [`Runs (${f.runSeconds.length})`, f.runSeconds.map((value) => seconds(value)).join(", "), "", ""],
        ["min / median / max", `${seconds(f.minSeconds)} / **${seconds(f.medianSeconds)}** / ${seconds(f.maxSeconds)}`, "median < 5 s", mark(pass)],
        ["Families a second at the median (two engine runs each)", int(f.familiesPerSecondAtMedian), "", ""],
        ["Families gaining free kindergarten", int(f.gainedFreeKindergarten), "", ""],
        ["Peak RSS (seeding in the same process) / RSS after the previews", `${int(f.peakRssMb)} MB / ${int(f.rssAfterPreviewsMb)} MB`, "", ""],
      ]),
      "",
      ranOn(result),
    ].join("\n"),
    checks: [{ area: "Impact preview", figure: `${int(f.families)} families, median of ${f.runSeconds.length}`, value: seconds(f.medianSeconds), target: "< 5 s", pass }],
  };
}
