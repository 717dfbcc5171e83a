import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signInAs, signOutOf } from "./support/sign-in";

// The demo family (prisma/seed/demo-accounts.ts, Almaly district) has a one-time assistance
// application that was rejected (my-applications.spec.ts may already have appealed it) and
// a housing certificate application in review; the demo caseworker of Almaly and the demo
// supervisor decide them. The amount granted is the amount at submission.

async function familyApplicationId(page: Page, measure: string): Promise<string> {
  await page.goto("/en/applications");
  await page.getByRole("table", { name: "Your family's applications" }).getByRole("row", { name: new RegExp(measure) }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Application /);
  return new URL(page.url()).pathname.split("/").pop() as string;
}

test("a caseworker starts the review of an appealed one-time assistance and approves it", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  const applicationId = await familyApplicationId(page, "One-time assistance");
  const appeal = page.getByRole("link", { name: "Appeal this decision" });
  if (await appeal.isVisible()) {
    await appeal.click();
    await page.getByLabel(/^Why the decision should be reviewed/).fill("The loss of the breadwinner is confirmed by the attached certificate.");
    await page.getByRole("button", { name: "Send the appeal" }).click();
    await expect(page.getByRole("status")).toHaveText("Your appeal has been sent. The application will be reviewed again.");
  }
  await signOutOf(page);

  await signInAs(page, "CASEWORKER");
  await page.goto(`/en/staff/applications/${applicationId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Application BO-\d{4}-\d{6}$/);
  await expect(page.getByRole("heading", { name: "The engine's verdict" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Family members" })).toContainText("••••••••9018");
  await expect(page.getByRole("table", { name: "Family members" })).not.toContainText("890903499018");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("status")).toHaveText("You have started the review. The application is assigned to its caseworker.");

  // A mistyped amount comes back with the error tied to the field, the text kept.
  await page.getByLabel(/^Amount to grant, in tenge/).fill("12.5");
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(/^Amount to grant, in tenge/)).toHaveValue("12.5");
  await expectAccessible(page);

  await page.getByLabel(/^Amount to grant, in tenge/).fill("");
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("The application is approved. The family has been told, and its payments are scheduled.");
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Decisions on this application" })).toContainText("Approved");
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test("a housing certificate approval needs a second approval by a supervisor", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  const applicationId = await familyApplicationId(page, "Housing certificate");
  await signOutOf(page);

  await signInAs(page, "CASEWORKER");
  await page.goto(`/en/staff/applications/${applicationId}`);
  await expect(page.getByText("This support needs two people")).toBeVisible();
  await page.getByRole("button", { name: "Approve and send for second approval" }).click();
  await expect(page.getByRole("status")).toHaveText("Your approval is recorded. A supervisor other than you must now confirm it.");
  await expect(page.getByText("Waiting for a second approval", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm the approval" })).toHaveCount(0);
  await expect(page.getByText("Approved — waiting for a second approval")).toBeVisible();
  await expect(page.getByText("Internal — not shown to the family").first()).toBeVisible();
  await expectAccessible(page);
  await signOutOf(page);

  await signInAs(page, "SUPERVISOR", "ru");
  await page.goto(`/ru/staff/applications/${applicationId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Заявление BO-\d{4}-\d{6}$/);
  await expect(page.getByText("Ожидает второго одобрения", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Подтвердить одобрение" }).click();
  await expect(page.getByRole("status")).toHaveText("Одобрение подтверждено. Семья уведомлена, выплаты запланированы.");
  await expect(page.getByText("Одобрено", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Решения по этому заявлению" })).toContainText("Подтвердил(а) Петров Андрей Сергеевич");
  await expectAccessible(page);
  await signOutOf(page, "Выйти");

  // In Kazakh, the caseworker sees the final state; a citizen who types the address gets 404.
  await signInAs(page, "CASEWORKER", "kk");
  await page.goto(`/kk/staff/applications/${applicationId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^BO-\d{4}-\d{6} өтініші$/);
  await expect(page.getByText("Мақұлданды", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await signOutOf(page, "Шығу");

  await signInAs(page, "CITIZEN");
  expect((await page.goto(`/en/staff/applications/${applicationId}`))?.status()).toBe(404);
});

test("an internal note is kept for staff only, and works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "CITIZEN");
  const applicationId = await familyApplicationId(page, "Utilities compensation");
  await signOutOf(page);

  await signInAs(page, "CASEWORKER");
  await page.goto(`/en/staff/applications/${applicationId}`);
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Write the note.");
  await page.getByLabel(/^Note/).fill("Сверено с ГЦВП: доход подтверждён.");
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.getByRole("status")).toHaveText("Your internal note has been added.");
  await expect(page.getByText("Сверено с ГЦВП: доход подтверждён.")).toBeVisible();
  await signOutOf(page);

  await signInAs(page, "CITIZEN");
  await page.goto(`/en/applications/${applicationId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Application /);
  await expect(page.getByText("Сверено с ГЦВП: доход подтверждён.")).toHaveCount(0);
  await context.close();
});
