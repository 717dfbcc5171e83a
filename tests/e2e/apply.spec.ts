import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_CITIZEN_FAMILY } from "@/prisma/seed/demo-accounts";
import { expectAccessible } from "./support/accessibility";
import { latestConsentCode } from "./support/outbox";
import { signInAs } from "./support/sign-in";

// The demo citizen applies. The steps run in order on one database: the kindergarten
// application made without JavaScript is the one the second test finds open.
test.describe.configure({ mode: "serial" });

const REFERENCE = /BO-\d{4}-\d{6}/;

/**
 * axe runs as a script in the page, so a page seen without JavaScript is checked by opening
 * the same address, with the same session, in a context that has JavaScript.
 */
async function expectAccessibleWithScript(context: BrowserContext, url: string) {
  const browser = context.browser();
  if (!browser) throw new Error("no browser");
  const checking = await browser.newContext({ storageState: await context.storageState() });
  const page = await checking.newPage();
  await page.goto(url);
  await expectAccessible(page);
  await checking.close();
}

async function continueTo(page: Page, url: RegExp) {
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(url);
}

test("without JavaScript, the demo citizen applies for free kindergarten, consents with the SMS code and gets a reference number", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "CITIZEN");

  await page.goto("/en/apply");
  await expect(page.getByRole("heading", { level: 1, name: "Apply for support" })).toBeVisible();
  await expectAccessibleWithScript(context, page.url());
  await page.getByRole("link", { name: "Apply: Free kindergarten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Documents you will need" })).toBeVisible();
  await expect(page.getByText("Birth certificates of the children")).toBeVisible();
  await expectAccessibleWithScript(context, page.url());
  await page.getByRole("button", { name: /Start now|Continue/ }).click();

  await expect(page).toHaveURL(/\/en\/apply\/free-kindergarten\/step\/children$/);
  await expect(page.getByRole("heading", { level: 1, name: "Which children need a free kindergarten place?" })).toBeVisible();
  await expectAccessibleWithScript(context, page.url());
  // Nothing ticked: the error is named in the summary and at the question.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: "Choose at least one child" })).toBeVisible();
  await page.getByLabel("Сулейменова Томирис Ерлановна").check();
  await continueTo(page, /\/en\/apply\/free-kindergarten\/check$/);

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers before submitting" })).toBeVisible();
  await expect(page.getByText("Сулейменова Томирис Ерлановна")).toBeVisible();
  await expectAccessibleWithScript(context, page.url());
  await page.getByRole("link", { name: "Record consent" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Consent to the use of your family's data" })).toBeVisible();
  await expectAccessibleWithScript(context, page.url());
  await page.getByRole("button", { name: "Send the code" }).click();
  await expect(page.getByText(/We sent a code to \+7 \*\*\* \*\*\* 01 23/)).toBeVisible();
  await page.getByLabel(/I agree that my personal data/).check();
  await page.getByLabel(/Сулейменов Ерлан Маратович agreed/).check();
  await page.getByLabel(/Code from the SMS/).fill(latestConsentCode(DEMO_CITIZEN_FAMILY.phone));
  await page.getByRole("button", { name: "Confirm consent" }).click();

  await expect(page).toHaveURL(/\/en\/apply\/free-kindergarten\/check$/);
  await expect(page.getByText("All adults of your family have consented.")).toBeVisible();
  await page.getByRole("button", { name: "Submit application" }).click();

  await expect(page).toHaveURL(/\/en\/apply\/free-kindergarten\/done\//);
  await expect(page.getByRole("heading", { level: 1, name: "Application submitted" })).toBeVisible();
  await expect(page.getByText(REFERENCE)).toBeVisible();
  await expect(page.getByText(/within 5 working days/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to my applications" })).toBeVisible();
  await expectAccessibleWithScript(context, page.url());
  await context.close();
});

test("the demo citizen applies for the mortgage with the calculator, and cannot apply twice for the same child", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await page.goto("/en/apply/preferential-mortgage");
  await expectAccessible(page);
  await page.getByRole("button", { name: /Start now|Continue/ }).click();

  await expect(page).toHaveURL(/\/step\/price$/);
  await expect(page.getByRole("heading", { level: 1, name: "How much does the apartment cost?" })).toBeVisible();
  // A price that is not a number: the error is in the summary and at the field, the text kept.
  await page.getByLabel(/Apartment price, tenge/).fill("25 млн");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
  await expect(page.getByLabel(/Apartment price, tenge/)).toHaveAccessibleDescription(/Enter the price in whole tenge/);
  await expect(page.getByLabel(/Apartment price, tenge/)).toHaveValue("25 млн");
  await expectAccessible(page);
  await page.getByLabel(/Apartment price, tenge/).fill("25 000 000");
  // The estimate follows the typed price (10 % down, 2 % a year over 216 months).
  const preview = page.getByRole("region", { name: "Estimate for the price you typed" });
  await expect(preview).toContainText("2,500,000 ₸");
  await expect(preview).toContainText("22,500,000 ₸");
  await expect(preview).toContainText("124,125 ₸");
  await expectAccessible(page);
  await continueTo(page, /\/step\/lender$/);

  const calculator = page.getByRole("region", { name: "What the mortgage would cost" });
  await expect(calculator).toContainText("25,000,000 ₸");
  await expect(calculator).toContainText("124,125 ₸");
  await expect(calculator).toContainText("29,311,000 ₸");
  await expectAccessible(page);
  await page.getByLabel(/Bank or developer/).fill("Otbasy Bank");
  await continueTo(page, /\/check$/);

  await expect(page.getByText("Otbasy Bank")).toBeVisible();
  await expect(page.getByText("All adults of your family have consented.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page).toHaveURL(/\/en\/apply\/preferential-mortgage\/done\//);
  await expect(page.getByText(REFERENCE)).toBeVisible();
  await expectAccessible(page);

  // Kindergarten again: Tomiris has the application made above, so she cannot be chosen;
  // the page links to that application instead.
  await page.goto("/en/apply/free-kindergarten");
  await page.getByRole("button", { name: /Start now|Continue/ }).click();
  await expect(page).toHaveURL(/\/step\/children$/);
  await expect(page.getByLabel("Сулейменова Томирис Ерлановна")).toHaveCount(0);
  await expect(page.getByRole("link", { name: REFERENCE })).toBeVisible();
  await expectAccessible(page);
});
