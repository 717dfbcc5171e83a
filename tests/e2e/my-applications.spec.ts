import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signInAs, signOutOf } from "./support/sign-in";

// The demo family's applications (prisma/seed/demo-accounts.ts): utilities compensation
// waits for the family's answer, one-time assistance was rejected, the retraining
// courses application is submitted.
const applicationsTable = (page: Page) => page.getByRole("table", { name: "Your family's applications" });

async function openApplication(page: Page, measure: string) {
  await page.goto("/en/applications");
  await applicationsTable(page).getByRole("row", { name: new RegExp(measure) }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Application /);
}

test("the demo citizen follows the information request in My applications and answers it while it is open", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await page.goto("/en/applications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My applications");
  await expect(applicationsTable(page).getByRole("row", { name: /Utilities compensation.*Information requested/ })).toBeVisible();
  await expect(applicationsTable(page).getByRole("row", { name: /One-time assistance.*Rejected/ })).toBeVisible();
  await expectAccessible(page);

  await openApplication(page, "Utilities compensation");
  const history = page.getByRole("list").filter({ hasText: "Application submitted" });
  await expect(history.getByText("Information requested", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The department asks for more information" })).toBeVisible();
  await expectAccessible(page);

  // The seeded request has a 10-day deadline from the seed date; on a later clock the form
  // is replaced by the explanation, which is what a family would meet then.
  const answerLink = page.getByRole("link", { name: "Answer the request" });
  if (!(await answerLink.isVisible())) {
    await expect(page.getByText(/The deadline for answering .* has passed/)).toBeVisible();
    await page.goto(`${page.url()}/respond`);
    await expect(page.getByRole("button", { name: "Send the answer" })).toHaveCount(0);
    await expectAccessible(page);
    return;
  }
  await answerLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Answer the request for information");
  await page.getByRole("button", { name: "Send the answer" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Write your answer." })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Your answer/).fill("The certificate of family composition is attached.");
  await page.getByRole("button", { name: "Send the answer" }).click();
  await expect(page.getByRole("status")).toHaveText("Your answer has been sent. The application is back in review.");
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("The certificate of family composition is attached.")).toBeVisible();
  await expectAccessible(page);
});

test("the demo citizen appeals the rejection with a reason, and is told about it", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await openApplication(page, "One-time assistance");
  await expect(page.getByRole("heading", { name: "Decision" })).toBeVisible();
  await page.getByRole("link", { name: "Appeal this decision" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appeal the decision");

  await page.getByRole("button", { name: "Send the appeal" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Explain why the decision should be reviewed." })).toBeVisible();
  await expect(page.getByLabel(/^Why the decision should be reviewed/)).toHaveAccessibleDescription(/2,000 characters.*Explain why/);
  await expectAccessible(page);

  await page.getByLabel(/^Why the decision should be reviewed/).fill("The loss of the breadwinner is confirmed by the attached certificate.");
  await page.getByRole("button", { name: "Send the appeal" }).click();
  await expect(page.getByRole("status")).toHaveText("Your appeal has been sent. The application will be reviewed again.");
  await expect(page.getByText("Appeal submitted", { exact: true })).toBeVisible();
  await expect(page.getByText("The loss of the breadwinner is confirmed by the attached certificate.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Appeal this decision" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/en/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  const notices = page.getByRole("list", { name: "Your notifications" });
  await expect(notices.getByText(/We have received your appeal on application BO-\d{4}-\d{6} for “One-time assistance”/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(notices.getByText("Unread")).toHaveCount(0);
});

test("withdrawing works without JavaScript, with a confirmation step", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "CITIZEN");
  await openApplication(page, "Free short courses with a stipend");
  await page.getByRole("link", { name: "Withdraw this application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Withdraw application BO-\d{4}-\d{6}\?$/);
  // (axe needs JavaScript in the page; the confirmation page is checked in the last test.)
  await page.getByRole("button", { name: "Yes, withdraw the application" }).click();
  await expect(page.getByRole("status")).toHaveText("You have withdrawn the application.");
  await expect(page.getByText("Withdrawn", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Withdraw this application" })).toHaveCount(0);
  await context.close();
});

test("the demo citizen sees the family's place in the housing queue and its history", async ({ page }) => {
  await signInAs(page, "CITIZEN", "ru");
  await page.goto("/ru/housing-queue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Очередь на жильё");
  await expect(page.getByText("Текущее место")).toBeVisible();
  await expect(page.locator("dd").first()).toHaveText(/^\d[\d\s ]*$/);
  await expect(page.getByText("Многодетные семьи").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "История вашей записи в очереди" })).toContainText("Постановка на учёт");
  await expectAccessible(page);
});

test("staff cannot open a family's application page, and the outbox page does not exist in production", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await openApplication(page, "Housing certificate");
  const familyPath = new URL(page.url()).pathname;
  // The withdrawal's confirmation step, left without confirming.
  await page.getByRole("link", { name: "Withdraw this application" }).click();
  await expect(page.getByRole("button", { name: "Yes, withdraw the application" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "No, go back to the application" }).click();
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  await signOutOf(page);

  await signInAs(page, "CASEWORKER");
  expect((await page.goto(familyPath))?.status()).toBe(404);
  expect((await page.goto("/en/dev/outbox"))?.status()).toBe(404);
});
