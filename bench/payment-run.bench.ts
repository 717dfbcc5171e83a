// `npm run bench:payment-run`: the monthly payment run over 50,000 monthly scholarship
// entitlements, on an embedded PostgreSQL of its own in a temporary folder (removed at
// the end). Times the run (target < 10 s), a second run of the same month (creates
// nothing), and the bank-file export of the run; prints the figures and the machine.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { cpus, totalmem } from "node:os";
import { createPrismaClient, type Database } from "../lib/db/create-client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";
import { exportBankFile } from "../lib/payments/bank-file/export-bank-file";
import { runPayments } from "../lib/payments/run-payments";
import { findFreePort } from "../lib/runtime/free-port";
import { makeSharedTempDir } from "../lib/runtime/temp-dir";
import { writeBenchResult } from "./support/bench-result";
import type { PaymentRunFigures } from "./report/figure-types";

const ENTITLEMENTS = 50_000;
const MONTH = "2026-12";
const TARGET_SECONDS = 10;

/** Families, one child each, an approved scholarship application and its entitlement (September to May). */
async function seedEntitlements(db: Database, count: number): Promise<void> {
  // One statement per table, one after the other (a batch transaction would hit Prisma's 5 s limit).
  const statements = [
    () => db.$executeRaw`
      INSERT INTO "User" ("id", "iin", "fullName", "passwordHash", "role", "updatedAt")
      SELECT 'usr_b' || i, lpad(i::text, 12, '0'), 'Получатель ' || i, '!', 'CITIZEN', now()
      FROM generate_series(1, ${count}::int) AS i`,
    () => db.$executeRaw`
      INSERT INTO "Family" ("id", "applicantId", "district", "updatedAt")
      SELECT 'fam_b' || i, 'usr_b' || i, (ARRAY['ALATAU','ALMALY','AUEZOV','BOSTANDYK','ZHETYSU','MEDEU','NAURYZBAY','TURKSIB'])[1 + i % 8]::"District", now()
      FROM generate_series(1, ${count}::int) AS i`,
    () => db.$executeRaw`
      INSERT INTO "FamilyMember" ("id", "familyId", "iin", "fullName", "birthDate", "role", "education", "excellentStudent", "updatedAt")
      SELECT 'mem_b' || i, 'fam_b' || i, '9' || lpad(i::text, 11, '0'), 'Студент ' || i, DATE '2006-03-01', 'CHILD', 'UNIVERSITY', true, now()
      FROM generate_series(1, ${count}::int) AS i`,
    () => db.$executeRaw`
      INSERT INTO "Application" ("id", "reference", "familyId", "measure", "memberId", "status", "amountTenge", "decidedAt", "updatedAt")
      SELECT 'app_b' || i, 'BO-2026-' || lpad(i::text, 6, '0'), 'fam_b' || i, 'SCHOLARSHIP', 'mem_b' || i, 'APPROVED', 10000, now(), now()
      FROM generate_series(1, ${count}::int) AS i`,
    () => db.$executeRaw`
      INSERT INTO "Entitlement" ("id", "applicationId", "memberId", "measure", "amountTenge", "period", "startsOn", "endsOn", "payee")
      SELECT 'ent_b' || i, 'app_b' || i, 'mem_b' || i, 'SCHOLARSHIP', 10000, 'MONTH', DATE '2026-09-01', DATE '2027-05-31',
             'KZ' || lpad((i % 100)::text, 2, '0') || '722S' || lpad(i::text, 12, '0')
      FROM generate_series(1, ${count}::int) AS i`,
  ];
  for (const statement of statements) await statement();
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const server = await startEmbeddedPostgres({ dataDir: join(makeSharedTempDir("bakytty-bench-"), "pg"), port: await findFreePort(), persistent: false });
  let db: Database | undefined;
  try {
    await server.createDatabaseIfMissing("bench");
    const url = server.urlFor("bench");
    await applyMigrations(url);
    db = createPrismaClient(url);
    const supervisor = { id: `usr_bench_${randomUUID().slice(0, 8)}`, role: "SUPERVISOR" as const, district: null };
    await db.user.create({ data: { id: supervisor.id, iin: "799999999999", fullName: "Бенчмарк Супервайзер", passwordHash: "!", role: "SUPERVISOR" } });

    const seeding = await timed(() => seedEntitlements(db!, ENTITLEMENTS));
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`Seeded ${ENTITLEMENTS.toLocaleString("en")} families, applications and monthly scholarship entitlements in ${seeding.seconds.toFixed(1)} s`);

    const first = await timed(() => runPayments(supervisor, { periodMonth: MONTH }, new Date(), db!));
    if (first.result.status !== "created") throw new Error("the first run created nothing");
    const second = await timed(() => runPayments(supervisor, { periodMonth: MONTH }, new Date(), db!));
    const payments = await db.payment.count({ where: { periodMonth: new Date(`${MONTH}-01T00:00:00Z`) } });
    const runs = await db.paymentRun.count();
    const exported = await timed(() => exportBankFile(supervisor, (first.result as { runId: string }).runId, new Date(), db!));
    const sent = await db.payment.count({ where: { status: "SENT" } });

    const cpu = cpus();
    console.log(`Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`);
    console.log(`First run for ${MONTH}:  ${first.seconds.toFixed(2)} s — ${first.result.payments.toLocaleString("en")} payments, total ${first.result.totalTenge.toLocaleString("en")} tenge (target < ${TARGET_SECONDS} s)`);
    console.log(`Second run:            ${second.seconds.toFixed(2)} s — ${second.result.status === "nothing-new" ? "nothing new, no run created" : `UNEXPECTED: ${JSON.stringify(second.result)}`}`);
    console.log(`Payments in the month: ${payments.toLocaleString("en")} (runs: ${runs})`);
    console.log(`Bank file export:      ${exported.seconds.toFixed(2)} s — ${exported.result.count.toLocaleString("en")} rows, ${(exported.result.content.length / 2 ** 20).toFixed(1)} MiB, ${sent.toLocaleString("en")} payments now SENT`);
    writeBenchResult<PaymentRunFigures>("payment-run", {
      entitlements: ENTITLEMENTS,
      month: MONTH,
      seedingSeconds: seeding.seconds,
      firstRunSeconds: first.seconds,
      firstRunPayments: first.result.payments,
      firstRunTotalTenge: first.result.totalTenge,
      secondRunSeconds: second.seconds,
      secondRunCreatedNothing: second.result.status === "nothing-new",
      paymentsInMonth: payments,
      runs,
      exportSeconds: exported.seconds,
      exportRows: exported.result.count,
      exportMiB: exported.result.content.length / 2 ** 20,
      sent,
    });
    const ok = first.seconds < TARGET_SECONDS && second.result.status === "nothing-new" && payments === ENTITLEMENTS && runs === 1 && sent === ENTITLEMENTS;
    if (!ok) {
      console.error("FAILED: target missed or duplicates/missing payments");
      process.exitCode = 1;
    }
  } finally {
    await db?.$disconnect();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
