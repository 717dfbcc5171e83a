import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { formatPeriodMonth } from "@/lib/payments/format-period-month";
import { runnableMonths } from "@/lib/payments/runnable-months";
import { expectAccessible } from "./support/accessibility";
import { queryE2eDatabase, runE2eSetup } from "./support/e2e-database";
import { signInAs } from "./support/sign-in";

// Issue 5's "done when": a caseworker and a supervisor, as new users would, take a
// submitted application from the queue to approval, see its payment in the month's run,
// export and confirm the bank file, and a stranger verifies the printed certificate.
// The application arrives as families' applications do: submitted, unassigned, in the
// caseworker's district (Almaly). It is written straight to the database (a setup script
// using the seed's factories) because the citizen's side of submitting is covered by the
// apply specs.

const queueTable = (page: Page) => page.getByRole("table", { name: /^Applications, page \d+ of \d+$/ });

async function verificationTokenOf(applicationId: string): Promise<string> {
  const rows = await queryE2eDatabase<{ verificationToken: string }>(`SELECT "verificationToken" FROM "HousingCertificate" WHERE "applicationId" = $1`, [applicationId]);
  if (!rows[0]) throw new Error("no certificate was issued");
  return rows[0].verificationToken;
}

test("a submitted housing certificate goes from the queue to approval, payment, bank confirmation and a certificate anyone can verify", async ({ browser }) => {
  test.setTimeout(180_000);
  const { reference, applicationId } = runE2eSetup<{ reference: string; applicationId: string }>("submitted-housing-certificate");

  // The caseworker finds it among the unassigned housing certificates, claims it and approves it.
  const caseworkerContext = await browser.newContext();
  const caseworker = await caseworkerContext.newPage();
  await signInAs(caseworker, "CASEWORKER");
  await caseworker.getByLabel("Measure").selectOption("HOUSING_CERTIFICATE");
  await caseworker.getByLabel("Assigned to").selectOption({ label: "Nobody (unassigned)" });
  await caseworker.getByRole("button", { name: "Show applications" }).click();
  const row = queueTable(caseworker).getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Unassigned");
  await row.getByRole("button", { name: `Claim ${reference}` }).click();
  await expect(caseworker.getByRole("status")).toHaveText("The application is now yours.");
  await caseworker.getByRole("link", { name: "My cases" }).click();
  await queueTable(caseworker).getByRole("link", { name: reference, exact: true }).click();
  await expect(caseworker.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}`);
  await expectAccessible(caseworker);
  await caseworker.getByRole("button", { name: "Start the review" }).click();
  await expect(caseworker.getByRole("status")).toContainText("You have started the review.");
  await caseworker.getByRole("button", { name: "Approve and send for second approval" }).click();
  await expect(caseworker.getByRole("status")).toHaveText("Your approval is recorded. A supervisor other than you must now confirm it.");
  await caseworkerContext.close();

  // The supervisor confirms it from the list of approvals waiting for a second person.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await signInAs(supervisor, "SUPERVISOR");
  await supervisor.getByRole("link", { name: "Awaiting second approval" }).click();
  await queueTable(supervisor).getByRole("link", { name: reference, exact: true }).click();
  await supervisor.getByRole("button", { name: "Confirm the approval" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("The approval is confirmed. The family has been told, and its payments are scheduled.");
  const certificateLink = supervisor.getByRole("link", { name: /^Download the certificate HC-\d{4}-\d{6} \(PDF\)$/ });
  await expect(certificateLink).toBeVisible();
  const pdf = await supervisor.request.get((await certificateLink.getAttribute("href")) ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectAccessible(supervisor);

  // This month's payment run pays the certificate to the bank, once.
  const month = runnableMonths(new Date())[0];
  const monthName = formatPeriodMonth("en", month);
  await supervisor.goto("/en/staff/payments");
  await supervisor.getByLabel("Month").selectOption(month);
  await supervisor.getByRole("button", { name: "Run payments" }).click();
  await expect(supervisor.getByRole("status")).toHaveText(new RegExp(`^${monthName}: \\d+ payments? created, total`));
  await supervisor.getByRole("link", { name: `Run for ${monthName}` }).first().click();
  const downloading = supervisor.waitForEvent("download");
  await supervisor.getByRole("link", { name: `Download the payment file for ${monthName} (CSV)` }).click();
  const bankFile = await readFile((await (await downloading).path())!, "utf8");
  const rows = (parse(bankFile, { relax_column_count: true }) as string[][]).slice(1, -1);
  const certificatePayment = rows.filter((cells) => cells[5]?.includes(reference));
  expect(certificatePayment).toHaveLength(1);
  expect(certificatePayment[0]?.[4]).toBe("1000000");

  // The bank confirms every payment of the file.
  const confirmation = [
    "payment_id,status,amount_tenge,bank_reference,reason",
    ...rows.map(([id, , , , amount], index) => `${id},PAID,${amount},BANK-${index + 1},`),
    `CONTROL,${rows.length},${rows.reduce((sum, cells) => sum + Number(cells[4]), 0)}`,
  ].join("\n");
  await supervisor.getByLabel(/Confirmation file/).setInputFiles({ name: "confirmation.csv", mimeType: "text/csv", buffer: Buffer.from(`${confirmation}\n`) });
  await supervisor.getByRole("button", { name: "Import the confirmation" }).click();
  await expect(supervisor.getByRole("status")).toContainText(`Confirmation imported: ${rows.length} paid, 0 failed, 0 returned;`);
  await supervisorContext.close();

  // A stranger with the printed certificate follows its QR code's link.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(`/en/verify/${await verificationTokenOf(applicationId)}`);
  await expect(stranger.getByText("This certificate is genuine and valid.")).toBeVisible();
  await expect(stranger.getByText("1,000,000 ₸")).toBeVisible();
  await expect(stranger.locator("main")).not.toContainText(reference);
  await expectAccessible(stranger);
  await strangerContext.close();
});
