// `npm run bench:queue-page`: the server time of the caseworkers' work queue with
// ≥ 200,000 applications. Starts its own embedded PostgreSQL in a temporary folder,
// migrates, seeds the demo data (prisma/seed) and, when the seed gives fewer
// applications, adds copies of the seeded families with their applications by
// INSERT … SELECT. Then times listWorkQueue — the function the page calls — for a
// caseworker and a supervisor over filter combinations and pages, and the page's whole
// data load (list, summary counts, assignee list, in parallel as the page runs them).
// Target (issue 5): p95 < 150 ms.
//
// Options (environment): QUEUE_BENCH_FAMILIES (seeded families, default 20,000),
// QUEUE_BENCH_APPLICATIONS (minimum applications, default 200,000),
// QUEUE_BENCH_CALLS (timed calls per reader, default 200), QUEUE_BENCH_DATA_DIR (keep the
// database in this folder and reuse it on the next run instead of seeding again: for
// looking at query plans between runs; new migrations are applied to it).
import Module from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { writeBenchResult } from "./support/bench-result";
import type { QueuePageFigures } from "./report/figure-types";

// The queue's modules are marked "server-only" (they must never reach a browser bundle);
// outside React's server build that marker throws, so here it resolves to its empty twin.
const moduleInternals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleInternals._resolveFilename;
const serverOnlyEmpty = join(dirname(Module.createRequire(__filename).resolve("server-only")), "empty.js");
moduleInternals._resolveFilename = (request, ...rest) => (request === "server-only" ? serverOnlyEmpty : resolveFilename(request, ...rest));

const FAMILIES = Number(process.env.QUEUE_BENCH_FAMILIES ?? 20_000);
const MIN_APPLICATIONS = Number(process.env.QUEUE_BENCH_APPLICATIONS ?? 200_000);
const CALLS = Number(process.env.QUEUE_BENCH_CALLS ?? 200);
const WARM_UP = 30;
const TARGET_P95_MS = 150;
// The seed's day (prisma/seed DEFAULT_AS_OF), 11:00 in Almaty: deadlines fall on every side of it.
const NOW = new Date("2026-11-01T06:00:00.000Z");

type Filters = import("../lib/work-queue/queue-filters").QueueFilters;
type Actor = import("../lib/auth/permissions").Actor;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

type Summary = { p50: number; p95: number; p99: number };

function summarise(label: string, timings: number[]): Summary {
  const sorted = [...timings].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50), p95 = percentile(sorted, 95), p99 = percentile(sorted, 99);
  const mean = timings.reduce((sum, value) => sum + value, 0) / timings.length;
  console.log(`${label.padEnd(44)} n=${String(timings.length).padStart(4)}  p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  p99 ${p99.toFixed(1).padStart(6)} ms  mean ${mean.toFixed(1).padStart(6)} ms  max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms`);
  return { p50, p95, p99 };
}

async function main() {
  const { startEmbeddedPostgres } = await import("../lib/db/embedded-postgres");
  const { applyMigrations } = await import("../lib/db/migrations");
  const { findFreePort } = await import("../lib/runtime/free-port");
  const { makeSharedTempDir } = await import("../lib/runtime/temp-dir");

  console.log(`load average at start: ${loadavg().map((value) => value.toFixed(2)).join(", ")}`);
  console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`);
  const keptDir = process.env.QUEUE_BENCH_DATA_DIR;
  const server = await startEmbeddedPostgres({
    dataDir: keptDir ?? join(makeSharedTempDir("bakytty-queue-bench-"), "pg"),
    port: await findFreePort(),
    persistent: keptDir !== undefined,
  });
  try {
    await server.createDatabaseIfMissing("queue_bench");
    const url = server.urlFor("queue_bench");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    if (keptDir) console.log(`database kept in ${keptDir}: ${url}`);
    const dataset = await seed(url);
    const readers = await measure();
    writeBenchResult<QueuePageFigures>("queue-page", { ...dataset, callsPerReader: CALLS, readers });
  } finally {
    const { db } = await import("../lib/db/client");
    await db.$disconnect();
    await server.stop();
  }
}

interface Dataset {
  families: number;
  applications: number;
  open: number;
  drafts: number;
}

async function countDataset(seeder: import("../lib/db/create-client").Database): Promise<Dataset> {
  const counts = await seeder.$queryRawUnsafe<{ total: bigint; drafts: bigint; open: bigint; families: bigint }[]>(`
    SELECT (SELECT COUNT(*) FROM "Application") AS total,
           (SELECT COUNT(*) FROM "Application" WHERE status = 'DRAFT') AS drafts,
           (SELECT COUNT(*) FROM "Application" WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'APPEALED')) AS open,
           (SELECT COUNT(*) FROM "Family") AS families`);
  const row = counts[0]!;
  return { families: Number(row.families), applications: Number(row.total), open: Number(row.open), drafts: Number(row.drafts) };
}

async function seed(url: string): Promise<Dataset> {
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { seedDemoData } = await import("../prisma/seed/seed-demo-data");
  const seeder = createPrismaClient(url);
  try {
    const existing = await seeder.application.count();
    if (existing >= MIN_APPLICATIONS) {
      console.log(`reusing the kept database: ${existing.toLocaleString("en")} applications`);
      await seeder.$executeRawUnsafe(`VACUUM ANALYZE`);
      return await countDataset(seeder);
    }
    let started = performance.now();
    const summary = await seedDemoData(seeder, { families: FAMILIES });
    console.log(`seeded ${summary.families.toLocaleString("en")} families, ${summary.applications.toLocaleString("en")} applications in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // Copies of the seeded citizens, families and applications, until there are enough.
    // A copy is a new citizen (an IIN with month "00", which no real IIN has) with a new
    // family in the same district, holding copies of the original's applications (new id
    // and reference, deadline shifted by the round's hours so equal dates stay rare).
    const originals = summary.applications;
    const rounds = Math.max(0, Math.ceil(MIN_APPLICATIONS / originals) - 1);
    started = performance.now();
    for (let round = 1; round <= rounds; round++) {
      const suffix = `~c${round}`;
      await seeder.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`
          INSERT INTO "User" (id, iin, "fullName", "passwordHash", role, "sessionVersion", locale, "createdAt", "updatedAt")
          SELECT u.id || '${suffix}', '00' || lpad('${round}', 2, '0') || lpad((row_number() OVER (ORDER BY u.id))::text, 8, '0'),
                 u."fullName", u."passwordHash", u.role, 0, u.locale, u."createdAt", u."updatedAt"
          FROM "User" u JOIN "Family" f ON f."applicantId" = u.id
          WHERE f.id NOT LIKE '%~c%'`);
        await tx.$executeRawUnsafe(`
          INSERT INTO "Family" (id, "applicantId", district, address, "otherMonthlyIncomeTenge", "difficultLifeSituation", "createdAt", "updatedAt")
          SELECT f.id || '${suffix}', f."applicantId" || '${suffix}', f.district, f.address, f."otherMonthlyIncomeTenge", f."difficultLifeSituation", f."createdAt", f."updatedAt"
          FROM "Family" f WHERE f.id NOT LIKE '%~c%'`);
        await tx.$executeRawUnsafe(`
          INSERT INTO "Application" (id, reference, "familyId", measure, "memberId", status, version, answers, "amountTenge", "verdictAtSubmission",
                                     "assigneeId", "submittedAt", "dueAt", "decidedAt", "createdAt", "updatedAt")
          SELECT a.id || '${suffix}', 'BO-2026-' || lpad(nextval('application_reference_seq')::text, 6, '0'), a."familyId" || '${suffix}', a.measure, a."memberId",
                 a.status, a.version, a.answers, a."amountTenge", a."verdictAtSubmission", a."assigneeId", a."submittedAt",
                 a."dueAt" + make_interval(hours => ${round}), a."decidedAt", a."createdAt", a."updatedAt"
          FROM "Application" a WHERE a.id NOT LIKE '%~c%' ORDER BY a."createdAt"`);
      }, { timeout: 10 * 60_000 });
    }
    // The state autovacuum brings tables to after a bulk load: statistics for the planner,
    // and the visibility map that lets index-only scans skip the table.
    await seeder.$executeRawUnsafe(`VACUUM ANALYZE`);
    const row = await countDataset(seeder);
    console.log(
      `copies: ${rounds} round(s) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${row.families.toLocaleString("en")} families, ` +
        `${row.applications.toLocaleString("en")} applications (${row.open.toLocaleString("en")} open, ${row.drafts.toLocaleString("en")} drafts)`,
    );
    return row;
  } finally {
    await seeder.$disconnect();
  }
}

interface ReaderFigures {
  reader: "caseworker" | "supervisor";
  district: string | null;
  listWorkQueue: Summary;
  pageData: Summary;
  slowestFilterSet: { label: string; p95: number };
}

async function measure(): Promise<ReaderFigures[]> {
  const { listWorkQueue } = await import("../lib/work-queue/list-work-queue");
  const { listQueueAssignees } = await import("../lib/work-queue/list-queue-assignees");
  const { countApplicationsInScope } = await import("../lib/applications/count-applications-in-scope");
  const { DEFAULT_QUEUE_FILTERS } = await import("../lib/work-queue/queue-filters");
  const { db } = await import("../lib/db/client");

  const caseworker: Actor = { id: "usr_demo_caseworker", role: "CASEWORKER", district: "ALMALY" };
  const supervisor: Actor = { id: "usr_demo_supervisor", role: "SUPERVISOR", district: null };
  const colleague = await db.user.findFirstOrThrow({ where: { role: "CASEWORKER", district: "ALMALY", id: { not: caseworker.id } }, select: { id: true } });
  const f = (changes: Partial<Filters>): Filters => ({ ...DEFAULT_QUEUE_FILTERS, ...changes });

  const combos: Record<"caseworker" | "supervisor", [string, Filters][]> = {
    caseworker: [
      ["default (open, by deadline)", f({})],
      ["my cases", f({ assignee: "me" })],
      ["unassigned", f({ assignee: "unassigned" })],
      ["breached", f({ deadline: "breached" })],
      ["at risk", f({ deadline: "at-risk" })],
      ["on track, page 3", f({ deadline: "on-track", page: 3 })],
      ["paused", f({ deadline: "paused" })],
      ["scholarship", f({ measure: "SCHOLARSHIP" })],
      ["all statuses by submission, page 5", f({ status: "all", sort: "submitted", page: 5 })],
      ["all statuses by reference, page 40", f({ status: "all", sort: "reference", page: 40 })],
      ["in review, colleague's cases", f({ status: "IN_REVIEW", assignee: colleague.id })],
      ["default, page 2", f({ page: 2 })],
    ],
    supervisor: [
      ["default (whole city)", f({})],
      ["district Medeu", f({ district: "MEDEU" })],
      ["awaiting second approval", f({ awaiting: "second-approval" })],
      ["breached, whole city", f({ deadline: "breached" })],
      ["at risk, Almaly", f({ deadline: "at-risk", district: "ALMALY" })],
      ["unassigned, whole city", f({ assignee: "unassigned" })],
      ["housing certificate, Bostandyk", f({ measure: "HOUSING_CERTIFICATE", district: "BOSTANDYK" })],
      ["all statuses by reference, page 200", f({ status: "all", sort: "reference", page: 200 })],
      ["all statuses by submission, page 20", f({ status: "all", sort: "submitted", page: 20 })],
      ["approved, Auezov, page 4", f({ status: "APPROVED", district: "AUEZOV", page: 4 })],
      ["a caseworker's cases", f({ assignee: colleague.id })],
      ["default, page 10", f({ page: 10 })],
    ],
  };

  const readers = { caseworker, supervisor };
  let worst = 0;
  const figures: ReaderFigures[] = [];
  for (const [name, actor] of Object.entries(readers) as ["caseworker" | "supervisor", Actor][]) {
    const list = combos[name];
    // Warm-up: connections opened, plans cached, pages in PostgreSQL's buffers.
    for (let call = 0; call < WARM_UP; call++) await listWorkQueue(actor, list[call % list.length]![1], NOW);
    const timings: number[] = [];
    const byCombo = new Map<string, number[]>();
    const pageTimings: number[] = [];
    for (let call = 0; call < CALLS; call++) {
      const [label, filters] = list[call % list.length]!;
      const start = performance.now();
      const page = await listWorkQueue(actor, filters, NOW);
      const elapsed = performance.now() - start;
      timings.push(elapsed);
      byCombo.set(label, [...(byCombo.get(label) ?? []), elapsed]);
      if (call < list.length) console.log(`  ${name} · ${label}: ${page.total.toLocaleString("en")} rows, ${page.rows.length} on page ${page.page}`);
    }
    for (let call = 0; call < CALLS; call++) {
      const filters = list[call % list.length]![1];
      const start = performance.now();
      await Promise.all([listWorkQueue(actor, filters, NOW), countApplicationsInScope(actor, NOW), listQueueAssignees(actor)]);
      pageTimings.push(performance.now() - start);
    }
    console.log(`\n${name} (${actor.district ?? "whole city"}):`);
    const listSummary = summarise(`  listWorkQueue, ${list.length} filter sets`, timings);
    worst = Math.max(worst, listSummary.p95);
    const pageSummary = summarise(`  page data (list + summary + assignees)`, pageTimings);
    let slowestFilterSet = { label: "", p95: -1 };
    for (const [label, values] of byCombo) {
      const { p95 } = summarise(`    ${label}`, values);
      if (p95 > slowestFilterSet.p95) slowestFilterSet = { label, p95 };
    }
    figures.push({ reader: name, district: actor.district ?? null, listWorkQueue: listSummary, pageData: pageSummary, slowestFilterSet });
    console.log("");
  }
  console.log(`load average at the end: ${loadavg().map((value) => value.toFixed(2)).join(", ")} (other work on the machine inflates the figures)`);
  console.log(`listWorkQueue p95 (worst reader): ${worst.toFixed(1)} ms — target < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? "met" : "MISSED"}`);
  return figures;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
