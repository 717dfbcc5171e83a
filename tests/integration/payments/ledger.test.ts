// The ledger: counts by status and the sum paid, per month and measure, for the city or,
// for a caseworker, their district only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { exportBankFile } from "@/lib/payments/bank-file/export-bank-file";
import { importConfirmation } from "@/lib/payments/confirmation/import-confirmation";
import { getPaymentLedger } from "@/lib/payments/payment-ledger";
import { runPayments } from "@/lib/payments/run-payments";
import { createActor, createCitizenActor, createEntitlement, openPaymentsDatabase } from "./support";

const NOW = new Date("2026-11-26T08:00:00Z");
let db: Database;
let close: () => Promise<void>;
let supervisor: Actor;

beforeAll(async () => {
  ({ db, close } = await openPaymentsDatabase());
  supervisor = await createActor(db, "SUPERVISOR");
  // Almaly: two scholarships for January and February 2038; Medeu: a utilities compensation.
  const almalyA = await createEntitlement(db, { period: "MONTH", startsOn: "2038-01-01", endsOn: "2038-02-28", amountTenge: 10_000, district: "ALMALY" });
  await createEntitlement(db, { period: "MONTH", startsOn: "2038-01-01", endsOn: "2038-02-28", amountTenge: 5_000, district: "ALMALY" });
  await createEntitlement(db, { period: "MONTH", startsOn: "2038-01-01", endsOn: "2038-01-31", amountTenge: 8_000, measure: "UTILITIES_COMPENSATION", district: "MEDEU" });
  // A payment in another year does not count.
  await createEntitlement(db, { period: "ONCE", startsOn: "2037-12-05", amountTenge: 99_000, district: "ALMALY" });
  await runPayments(supervisor, { periodMonth: "2037-12" }, NOW, db);
  const january = await runPayments(supervisor, { periodMonth: "2038-01" }, NOW, db);
  await runPayments(supervisor, { periodMonth: "2038-02" }, NOW, db);
  if (january.status !== "created") throw new Error("expected a run");
  // January is sent and confirmed: Almaly's 10,000 scholarship failed, the rest paid.
  const file = await exportBankFile(supervisor, january.runId, NOW, db);
  const failing = (await db.payment.findFirstOrThrow({ where: { runId: january.runId, entitlementId: almalyA.id } })).id;
  const rows = file.content.trim().split("\n").slice(1, -1).map((line) => line.split(","));
  const lines = rows.map(([id, , , , amount]) => (id === failing ? `${id},FAILED,${amount},,Счёт закрыт` : `${id},PAID,${amount},REF-${id},`));
  const total = rows.reduce((sum, row) => sum + Number(row[4]), 0);
  const confirmation = ["payment_id,status,amount_tenge,bank_reference,reason", ...lines, `CONTROL,${rows.length},${total}`].join("\n");
  const imported = await importConfirmation(supervisor, { runId: january.runId, content: new TextEncoder().encode(confirmation) }, NOW, db);
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
});
afterAll(() => close());

describe("payment ledger", () => {
  it("gives the city's totals by month and measure to supervisors and administrators", async () => {
    const expected = {
      year: 2038,
      district: null,
      rows: [
        { periodMonth: "2038-01", measure: "SCHOLARSHIP", scheduled: 0, sent: 0, paid: 1, failed: 1, returned: 0, paidTenge: 5_000 },
        { periodMonth: "2038-01", measure: "UTILITIES_COMPENSATION", scheduled: 0, sent: 0, paid: 1, failed: 0, returned: 0, paidTenge: 8_000 },
        { periodMonth: "2038-02", measure: "SCHOLARSHIP", scheduled: 2, sent: 0, paid: 0, failed: 0, returned: 0, paidTenge: 0 },
      ],
      years: [2038, 2037],
      totals: { scheduled: 2, sent: 0, paid: 2, failed: 1, returned: 0, paidTenge: 13_000 },
    };
    expect(await getPaymentLedger(supervisor, { year: 2038 }, db)).toEqual(expected);
    expect(await getPaymentLedger(await createActor(db, "ADMIN"), { year: 2038 }, db)).toEqual(expected);
  });

  it("gives a caseworker their district only", async () => {
    const caseworker = await createActor(db, "CASEWORKER", "MEDEU");
    expect(await getPaymentLedger(caseworker, { year: 2038 }, db)).toEqual({
      year: 2038,
      district: "MEDEU",
      rows: [{ periodMonth: "2038-01", measure: "UTILITIES_COMPENSATION", scheduled: 0, sent: 0, paid: 1, failed: 0, returned: 0, paidTenge: 8_000 }],
      years: [2038, 2037],
      totals: { scheduled: 0, sent: 0, paid: 1, failed: 0, returned: 0, paidTenge: 8_000 },
    });
  });

  it("refuses citizens", async () => {
    await expect(getPaymentLedger(await createCitizenActor(db), { year: 2038 }, db)).rejects.toEqual(new AppError("FORBIDDEN"));
  });
});
