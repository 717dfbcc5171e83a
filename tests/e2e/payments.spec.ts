import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { formatPeriodMonth } from "@/lib/payments/format-period-month";
import { runnableMonths } from "@/lib/payments/runnable-months";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";

// The demo seed's payment run of the current month (its runs are named run_YYYYMM).
const SEEDED_RUN = `run_${runnableMonths(new Date())[0].replace("-", "")}`;

/** The bank's answer to a payment file: the first payment failed, the others paid. */
function confirmationFor(bankFile: string, tamperTotal = false): string {
  const rows = (parse(bankFile, { relax_column_count: true }) as string[][]).slice(1, -1);
  const lines = ["payment_id,status,amount_tenge,bank_reference,reason"];
  rows.forEach(([id, , , , amount], index) => {
    lines.push(index === 0 ? `${id},FAILED,${amount},,Account closed` : `${id},PAID,${amount},HALYK-${index},`);
  });
  const total = rows.reduce((sum, row) => sum + Number(row[4]), 0);
  lines.push(`CONTROL,${rows.length},${tamperTotal ? total + 1 : total}`);
  return `${lines.join("\n")}\n`;
}

async function uploadConfirmation(page: Page, content: string) {
  await page.getByLabel(/Confirmation file/).setInputFiles({ name: "confirmation.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Import the confirmation" }).click();
}

test("a supervisor runs next month's payments, sends the bank file and imports the bank's confirmation", async ({ page }) => {
  await signInAs(page, "SUPERVISOR");
  await page.goto("/en/staff/payments");
  await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  await expectAccessible(page);

  const nextMonth = runnableMonths(new Date())[1];
  const monthName = formatPeriodMonth("en", nextMonth);
  await page.getByLabel("Month").selectOption(nextMonth);
  await page.getByRole("button", { name: "Run payments" }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${monthName}: \\d+ payments? created, total|^Nothing new to pay for ${monthName}`));
  // Running it again creates nothing twice.
  await page.getByRole("button", { name: "Run payments" }).click();
  await expect(page.getByRole("status")).toHaveText(`Nothing new to pay for ${monthName}.`);

  await page.getByRole("link", { name: `Run for ${monthName}` }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Payment run for ${monthName}` })).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download the payment file for ${monthName} (CSV)` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^bakytty-payments-${nextMonth}-run_[0-9a-f]+\\.csv$`));
  const bankFile = await readFile((await download.path())!, "utf8");
  const lines = bankFile.trim().split("\n");
  expect(lines[0]).toBe("payment_id,recipient_name,recipient_iin,payee_account,amount_tenge,purpose,period");
  expect(lines.at(-1)).toMatch(/^CONTROL,\d+,\d+$/);
  const count = lines.length - 2;
  expect(count).toBeGreaterThan(1);

  // A file whose control total does not add up is refused as a whole, naming the line.
  await page.reload();
  await expect(page.getByRole("table", { name: "Payments of the run by status" })).toContainText("Sent to the bank");
  await uploadConfirmation(page, confirmationFor(bankFile, true));
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toContainText("The file was refused and nothing was changed.");
  await expect(problem).toContainText(`Line ${count + 2}: the control row states a total of`);
  await expectAccessible(page);

  await uploadConfirmation(page, confirmationFor(bankFile));
  await expect(page.getByRole("status")).toContainText(`Confirmation imported: ${count - 1} paid, 1 failed, 0 returned;`);
  await page.reload();
  const summary = page.getByRole("table", { name: "Payments of the run by status" });
  await expect(summary).toContainText("Paid");
  await expect(summary).toContainText("Failed");
  await expect(summary).not.toContainText("Sent to the bank");

  await page.getByLabel("Show payments").selectOption("PAID");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/status=PAID/);
  await expect(page.getByRole("table", { name: /^Payments 1–/ })).toContainText("HALYK-");
  await expectAccessible(page);

  // The same confirmation again is refused.
  await uploadConfirmation(page, confirmationFor(bankFile));
  await expect(problem).toContainText("This file has already been imported for this run.");

  await page.goto("/en/staff/payments/ledger");
  await expect(page.getByRole("heading", { level: 1, name: "Payment ledger" })).toBeVisible();
  await expect(page.getByText("All districts of Almaty")).toBeVisible();
  await expectAccessible(page);
});

test("a caseworker sees the district's ledger but no payment runs, and cannot download a bank file", async ({ page }) => {
  await signInAs(page, "CASEWORKER");
  await page.goto("/en/staff/payments");
  await expect(page.getByRole("button", { name: "Run payments" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Payment runs" })).toHaveCount(0);
  await page.getByRole("link", { name: "Ledger: payments by measure and month" }).click();
  await expect(page.getByText("Families of Almaly district")).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto(`/en/staff/payments/${SEEDED_RUN}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/payment-runs/${SEEDED_RUN}/bank-file`)).status()).toBe(404);
});

test("a citizen is refused the payment pages", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  for (const path of ["/en/staff/payments", "/en/staff/payments/ledger", `/en/staff/payments/${SEEDED_RUN}`]) {
    expect((await page.goto(path))?.status()).toBe(404);
  }
  expect((await page.request.get(`/api/payment-runs/${SEEDED_RUN}/bank-file`)).status()).toBe(404);
});
