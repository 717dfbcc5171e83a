// The bank file round trip: export (payments become SENT, control totals), the bank's
// confirmation built from it (payments become PAID / FAILED), and every refused file
// leaving everything as it was.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { bankFileResponse } from "@/lib/payments/bank-file/bank-file-response";
import { exportBankFile } from "@/lib/payments/bank-file/export-bank-file";
import { importConfirmation } from "@/lib/payments/confirmation/import-confirmation";
import { runPayments } from "@/lib/payments/run-payments";
import { createActor, createCitizenActor, createEntitlement, openPaymentsDatabase } from "./support";

const NOW = new Date("2026-11-26T08:00:00Z");
const LATER = new Date("2026-11-28T09:00:00Z");
let db: Database;
let close: () => Promise<void>;
let supervisor: Actor;

beforeAll(async () => {
  ({ db, close } = await openPaymentsDatabase());
  supervisor = await createActor(db, "SUPERVISOR");
});
afterAll(() => close());

/** A run of its own month with `amounts.length` payments. */
async function createRun(month: string, amounts: number[]) {
  const entitlements = [];
  for (const amountTenge of amounts) {
    entitlements.push(await createEntitlement(db, { period: "MONTH", startsOn: `${month}-01`, endsOn: `${month}-28`, amountTenge }));
  }
  const result = await runPayments(supervisor, { periodMonth: month }, NOW, db);
  if (result.status !== "created") throw new Error("expected a run");
  return { runId: result.runId, entitlements };
}

function rowsOf(csv: string): string[][] {
  return parse(csv, { relax_column_count: true }) as string[][];
}

/** The bank's answer to an exported file: every payment PAID unless `statuses` says otherwise. */
function confirmationFor(csv: string, statuses: Record<number, "FAILED" | "RETURNED"> = {}): string {
  const payments = rowsOf(csv).slice(1, -1);
  const lines = ["payment_id,status,amount_tenge,bank_reference,reason"];
  let total = 0;
  payments.forEach((row, index) => {
    const status = statuses[index] ?? "PAID";
    total += Number(row[4]);
    lines.push(status === "PAID" ? `${row[0]},PAID,${row[4]},KZ-REF-${index + 1},` : `${row[0]},${status},${row[4]},,"Счёт получателя закрыт"`);
  });
  lines.push(`CONTROL,${payments.length},${total}`);
  return `${lines.join("\n")}\n`;
}

const bytes = (text: string) => new TextEncoder().encode(text);

async function snapshot(runId: string) {
  const [payments, run, audits] = await Promise.all([
    db.payment.findMany({ where: { runId }, orderBy: { id: "asc" }, select: { id: true, status: true, paidAt: true, failureReason: true, bankReference: true, updatedAt: true } }),
    db.paymentRun.findUniqueOrThrow({ where: { id: runId }, select: { confirmedAt: true, confirmationSha256: true, exportedAt: true } }),
    db.auditLog.count({ where: { entityId: runId } }),
  ]);
  return { payments, run, audits };
}

describe("bank payment file", () => {
  it("lists the run's payments with recipient, account and purpose, a control row, and marks them SENT; exporting again gives the same file", async () => {
    const { runId, entitlements } = await createRun("2036-01", [10_000, 5_000, 12_345]);
    const file = await exportBankFile(supervisor, runId, NOW, db);
    const rows = rowsOf(file.content);
    expect(rows[0]).toEqual(["payment_id", "recipient_name", "recipient_iin", "payee_account", "amount_tenge", "purpose", "period"]);
    expect(rows.at(-1)).toEqual(["CONTROL", "3", "27345"]);
    expect(rows).toHaveLength(5);
    const first = entitlements[0]!;
    const row = rows.find((cells) => cells[4] === "10000")!;
    expect(row[1]).toBe(first.applicant.fullName);
    expect(row[2]).toBe(first.applicant.iin);
    expect(row[3]).toMatch(/^KZ/);
    expect(row[5]).toBe(`Бакытты отбасы: Стипендия отличникам, заявление ${first.application.reference}, за 01.2036`);
    expect(row[6]).toBe("2036-01");
    expect(file).toMatchObject({ count: 3, totalTenge: 27_345 });

    const payments = await db.payment.findMany({ where: { runId }, select: { status: true, sentAt: true } });
    expect(payments.every((payment) => payment.status === "SENT" && payment.sentAt?.getTime() === NOW.getTime())).toBe(true);
    const run = await db.paymentRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.exportedAt).toEqual(NOW);

    const again = await exportBankFile(supervisor, runId, LATER, db);
    expect(again.content).toBe(file.content);
    expect((await db.paymentRun.findUniqueOrThrow({ where: { id: runId } })).exportedAt).toEqual(NOW);

    const audits = await db.auditLog.findMany({ where: { action: "payment-run.export", entityId: runId } });
    expect(audits.map((audit) => audit.after)).toEqual([
      { periodMonth: "2036-01", payments: 3, totalTenge: 27_345, newlySent: 3 },
      { periodMonth: "2036-01", payments: 3, totalTenge: 27_345, newlySent: 0 },
    ]);
    expect(JSON.stringify(audits.map((audit) => ({ ...audit, id: String(audit.id) })))).not.toContain(first.applicant.iin);
  });

  it("answers over HTTP as a CSV attachment that is never cached, and 404 to anyone else", async () => {
    const { runId } = await createRun("2036-02", [4_000]);
    const request = new Request("http://localhost/api/payment-runs/x/bank-file", { headers: { "sec-fetch-site": "same-origin" } });
    const response = await bankFileResponse(request, supervisor, runId, NOW, db);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="bakytty-payments-2036-02-${runId}.csv"; filename*=UTF-8''bakytty-payments-2036-02-${runId}.csv`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toContain("CONTROL,1,4000");

    const crossSite = new Request("http://localhost/", { headers: { "sec-fetch-site": "cross-site" } });
    expect((await bankFileResponse(crossSite, supervisor, runId, NOW, db)).status).toBe(404);
    expect((await bankFileResponse(request, null, runId, NOW, db)).status).toBe(404);
    expect((await bankFileResponse(request, supervisor, "run_missing", NOW, db)).status).toBe(404);
    for (const actor of [await createActor(db, "CASEWORKER", "ALMALY"), await createActor(db, "ADMIN"), await createCitizenActor(db)]) {
      expect((await bankFileResponse(request, actor, runId, NOW, db)).status).toBe(404);
    }
  });

  it("refuses the export to caseworkers and citizens, and nothing changes", async () => {
    const { runId } = await createRun("2036-03", [4_000, 6_000]);
    const before = await snapshot(runId);
    for (const actor of [await createActor(db, "CASEWORKER", "AUEZOV"), await createCitizenActor(db)]) {
      await expect(exportBankFile(actor, runId, NOW, db)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
    expect(await snapshot(runId)).toEqual(before);
  });
});

describe("bank confirmation", () => {
  it("round trip: export, the bank's confirmation, import → PAID and FAILED, audited; the same file again is refused", async () => {
    const { runId } = await createRun("2037-01", [10_000, 20_000, 30_000]);
    const file = await exportBankFile(supervisor, runId, NOW, db);
    const confirmation = confirmationFor(file.content, { 1: "FAILED" });
    const result = await importConfirmation(supervisor, { runId, content: bytes(confirmation) }, LATER, db);
    const failedAmount = Number(rowsOf(file.content)[2]![4]);
    expect(result).toEqual({ ok: true, paid: 2, failed: 1, returned: 0, paidTenge: 60_000 - failedAmount });

    const payments = await db.payment.findMany({ where: { runId }, orderBy: { id: "asc" } });
    expect(payments.map((payment) => payment.status)).toEqual(["PAID", "FAILED", "PAID"]);
    expect(payments[0]).toMatchObject({ paidAt: LATER, bankReference: "KZ-REF-1", failureReason: null });
    expect(payments[1]).toMatchObject({ paidAt: null, failureReason: "Счёт получателя закрыт" });
    const run = await db.paymentRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.confirmedAt).toEqual(LATER);
    expect(run.confirmationSha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "payment-run.confirm", entityId: runId } });
    expect(audit.after).toMatchObject({ payments: 3, paid: 2, failed: 1, returned: 0 });

    const before = await snapshot(runId);
    expect(await importConfirmation(supervisor, { runId, content: bytes(confirmation) }, LATER, db)).toEqual({ ok: false, problems: [{ code: "alreadyImported" }] });
    expect(await snapshot(runId)).toEqual(before);

    // The bank file now lists nothing: every payment has its answer.
    expect((await exportBankFile(supervisor, runId, LATER, db)).content.trim().split("\n").at(-1)).toBe("CONTROL,0,0");
  });

  it("refuses a wrong file as a whole, naming the line and the problem, and writes nothing", async () => {
    const { runId } = await createRun("2037-02", [10_000, 20_000]);
    const other = await createRun("2037-03", [15_000]);
    const file = await exportBankFile(supervisor, runId, NOW, db);
    const otherFile = await exportBankFile(supervisor, other.runId, NOW, db);
    const good = confirmationFor(file.content);
    const [header, first, second, control] = good.trim().split("\n") as [string, string, string, string];
    const otherPayment = confirmationFor(otherFile.content).trim().split("\n")[1]!;
    const amountOf = (line: string) => Number(line.split(",")[2]);
    const before = await snapshot(runId);

    const cases: [string, string, unknown][] = [
      ["tampered total", [header, first, second, control.replace(/,\d+$/, ",99999")].join("\n"), [{ code: "totalMismatch", line: 4, values: { stated: 99_999, actual: 30_000 } }]],
      ["wrong count", [header, first, second, "CONTROL,3,30000"].join("\n"), [{ code: "countMismatch", line: 4, values: { stated: 3, actual: 2 } }]],
      ["unknown payment", [header, first, second.replace(/^[^,]+/, "pay_unknown"), control].join("\n"), [{ code: "notInRun", line: 3, values: { paymentId: "pay_unknown" } }]],
      ["a payment of another run", [header, first, otherPayment, `CONTROL,2,${amountOf(first) + 15_000}`].join("\n"), [expect.objectContaining({ code: "notInRun", line: 3 })]],
      ["an amount that differs", [header, first, second.replace(/,(\d+),KZ/, ",1,KZ"), control.replace(/,\d+$/, `,${amountOf(first) + 1}`)].join("\n"), [expect.objectContaining({ code: "amountDiffers", line: 3 })]],
      ["an unknown status", [header, first, second.replace(",PAID,", ",DONE,"), control].join("\n"), [{ code: "statusUnknown", line: 3, values: { status: "DONE" } }]],
      ["no control row", [header, first, second].join("\n"), [{ code: "controlMissing" }]],
      ["a wrong header", ["id,status", first, second, control].join("\n"), [expect.objectContaining({ code: "headerInvalid", line: 1 })]],
      ["the same payment twice", [header, first, first, "CONTROL,2,0"].join("\n"), [expect.objectContaining({ code: "duplicatePayment", line: 3 })]],
    ];
    for (const [name, content, problems] of cases) {
      const result = await importConfirmation(supervisor, { runId, content: bytes(content) }, LATER, db);
      expect(result, name).toEqual({ ok: false, problems });
    }
    expect(await snapshot(runId)).toEqual(before);
    expect((await db.payment.findMany({ where: { runId: other.runId } })).map((payment) => payment.status)).toEqual(["SENT"]);
  });

  it("refuses to confirm a payment that was never sent (not exported yet)", async () => {
    const { runId } = await createRun("2037-04", [10_000]);
    const scheduled = await db.payment.findFirstOrThrow({ where: { runId } });
    const content = `payment_id,status,amount_tenge,bank_reference,reason\n${scheduled.id},PAID,10000,REF-1,\nCONTROL,1,10000\n`;
    expect(await importConfirmation(supervisor, { runId, content: bytes(content) }, LATER, db)).toEqual({
      ok: false, problems: [{ code: "notSent", line: 2, values: { paymentId: scheduled.id, status: "SCHEDULED" } }],
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: scheduled.id } })).status).toBe("SCHEDULED");
  });

  it("refuses the import to caseworkers, administrators and citizens, and nothing changes", async () => {
    const { runId } = await createRun("2037-05", [10_000]);
    const file = await exportBankFile(supervisor, runId, NOW, db);
    const before = await snapshot(runId);
    for (const actor of [await createActor(db, "CASEWORKER", "ALMALY"), await createActor(db, "ADMIN"), await createCitizenActor(db)]) {
      await expect(importConfirmation(actor, { runId, content: bytes(confirmationFor(file.content)) }, LATER, db)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
    expect(await snapshot(runId)).toEqual(before);
    await expect(importConfirmation(supervisor, { runId: "run_missing", content: bytes(confirmationFor(file.content)) }, LATER, db)).rejects.toEqual(new AppError("NOT_FOUND"));
  });
});
