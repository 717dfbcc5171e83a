import { expect, test, type Page } from "@playwright/test";
import { buildIin } from "@/lib/iin";
import { samplePdf } from "../integration/documents/samples";
import { expectAccessible } from "./support/accessibility";
import { latestConsentCode } from "./support/outbox";

// The journey of issue 4, as a new family would take it: register, enter the family once,
// see what it can get, apply for free kindergarten, a scholarship and the mortgage, get
// reference numbers and follow them; then a second family tries the first one's pages.
test.describe.configure({ mode: "serial" });

const REFERENCE = /BO-\d{4}-\d{6}/;
const serial = 3000 + Math.floor(Math.random() * 900);
const parent = { name: "Seitkali Gulnar", birthDate: "1988-02-19", iin: buildIin("1988-02-19", "female", serial), phone: "+77015554433" };
const children = [
  { name: "Seitkali Arman", birthDate: "2011-04-10", sex: "male", excellent: true },
  { name: "Seitkali Dana", birthDate: "2014-06-01", sex: "female", excellent: false },
  { name: "Seitkali Erzhan", birthDate: "2017-09-15", sex: "male", excellent: false },
  { name: "Seitkali Madina", birthDate: "2021-12-05", sex: "female", excellent: false },
] as const;

// What the second family will try to open.
const firstFamily: { applicationPath?: string; documentPath?: string } = {};

async function register(page: Page, person: { name: string; iin: string; phone: string }) {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("IIN").fill(person.iin);
  await page.getByLabel("Mobile phone").fill(person.phone);
  await page.getByLabel(/^Password/).fill("Almaty-Journey-2026");
  await page.getByLabel("Repeat the password").fill("Almaty-Journey-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/family$/);
}

async function addChild(page: Page, child: (typeof children)[number], index: number) {
  await page.getByRole("link", { name: "Add a family member" }).click();
  await page.getByLabel("Full name").fill(child.name);
  await page.getByLabel("IIN").fill(buildIin(child.birthDate, child.sex, serial + 10 + index));
  await page.getByLabel("Date of birth").fill(child.birthDate);
  await page.getByLabel("Role in the family").selectOption("CHILD");
  await page.getByLabel("Education now").selectOption(child.birthDate >= "2019-01-01" ? "PRESCHOOL" : "SCHOOL");
  if (child.excellent) await page.getByLabel(/Excellent student/).check();
  await page.getByRole("button", { name: "Add the member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The family member has been added." })).toBeVisible();
}

/** From a flow's start page to "Check your answers", choosing what `choose` picks on each step. */
async function startAndReachCheck(page: Page, slug: string, choose: (page: Page) => Promise<void>) {
  await page.goto(`/en/apply/${slug}`);
  await page.getByRole("button", { name: /Start now|Continue/ }).click();
  await page.waitForURL(/\/step\//);
  for (let step = 0; step < 6 && !/\/check$/.test(page.url()); step += 1) {
    await choose(page);
    await expectAccessible(page);
    const before = page.url();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.toString() !== before);
  }
  await expect(page).toHaveURL(new RegExp(`/en/apply/${slug}/check$`));
  await expectAccessible(page);
}

async function submitAndReadReference(page: Page, slug: string): Promise<string> {
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/apply/${slug}/done/`));
  await expect(page.getByRole("heading", { level: 1, name: "Application submitted" })).toBeVisible();
  await expectAccessible(page);
  const text = await page.getByRole("main").innerText();
  const reference = REFERENCE.exec(text)?.[0];
  expect(reference).toBeDefined();
  return reference!;
}

test("a new family finds out what it can get, applies for kindergarten, a scholarship and the mortgage, and follows its applications", async ({ page }) => {
  test.setTimeout(240_000);
  await register(page, parent);

  // The family profile, entered once.
  await page.getByRole("link", { name: "Create your family profile" }).click();
  await page.getByLabel("District of Almaty").selectOption("TURKSIB");
  await page.getByLabel("Address").fill("Suyunbai Ave 150, apt 7");
  await page.getByRole("button", { name: "Create the family profile" }).click();
  await page.getByRole("link", { name: "Add a family member" }).click();
  await page.getByRole("link", { name: "Fill in my own details" }).click();
  await page.getByLabel("Employed").check();
  await page.getByLabel("Monthly income, in tenge").fill("150000");
  await page.getByRole("button", { name: "Add the member" }).click();
  for (const [index, child] of children.entries()) await addChild(page, child, index);

  await page.goto("/en/family/housing");
  await page.getByLabel("The family is in the city housing queue").check();
  await page.getByLabel("Savings, in tenge").fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/housing"));

  // What the family can get today, with reasons.
  await page.goto("/en/family/eligibility");
  const summary = page.getByRole("list", { name: "Support measures and the result for your family" });
  for (const measure of ["Free kindergarten", "Scholarship for excellent students", "Preferential mortgage at 2%"]) {
    await expect(summary.getByRole("listitem").filter({ hasText: measure })).toContainText("You can apply");
  }
  await expectAccessible(page);

  // A document in the locker (the second family will try to download it).
  await page.goto("/en/documents");
  await page.getByLabel("Type of document").selectOption({ label: "Income statement" });
  await page.getByLabel("File").setInputFiles({ name: "income.pdf", mimeType: "application/pdf", buffer: Buffer.from(samplePdf("Seitkali income")) });
  await page.getByRole("button", { name: "Upload the document" }).click();
  await expect(page.getByRole("status")).toHaveText("The document has been uploaded.");
  firstFamily.documentPath = (await page.getByRole("link", { name: "Download: income.pdf" }).getAttribute("href")) ?? undefined;

  // Free kindergarten for the youngest, with consent by SMS code.
  await startAndReachCheck(page, "free-kindergarten", async (step) => {
    const madina = step.getByLabel(children[3].name);
    if (await madina.count()) await madina.check();
  });
  await page.getByRole("link", { name: "Record consent" }).click();
  await page.getByRole("button", { name: "Send the code" }).click();
  await expect(page.getByText(/We sent a code to/)).toBeVisible();
  await page.getByLabel(/I agree that my personal data/).check();
  await page.getByLabel(/Code from the SMS/).fill(latestConsentCode(parent.phone));
  await page.getByRole("button", { name: "Confirm consent" }).click();
  await expect(page.getByText("All adults of your family have consented.")).toBeVisible();
  const kindergarten = await submitAndReadReference(page, "free-kindergarten");

  // The scholarship for the excellent pupil.
  await startAndReachCheck(page, "scholarship", async (step) => {
    const arman = step.getByLabel(children[0].name);
    if (await arman.count()) await arman.check();
  });
  const scholarship = await submitAndReadReference(page, "scholarship");

  // The mortgage, with the calculator.
  await startAndReachCheck(page, "preferential-mortgage", async (step) => {
    const price = step.getByLabel(/Apartment price, tenge/);
    if (await price.count()) await price.fill("15000000");
    const lender = step.getByLabel(/Bank or developer/);
    if (await lender.count()) await lender.fill("Otbasy Bank");
  });
  const mortgage = await submitAndReadReference(page, "preferential-mortgage");

  // All three in "My applications", each with its own number.
  expect(new Set([kindergarten, scholarship, mortgage]).size).toBe(3);
  await page.goto("/en/applications");
  for (const reference of [kindergarten, scholarship, mortgage]) await expect(page.getByRole("link", { name: reference })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: kindergarten }).click();
  await page.waitForURL(/\/en\/applications\/.+/);
  firstFamily.applicationPath = new URL(page.url()).pathname.replace(/^\/en/, "");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(kindergarten);
  await expectAccessible(page);
});

test("a second family cannot see the first family's application or files", async ({ browser }) => {
  expect(firstFamily.applicationPath).toMatch(/^\/applications\/.+/);
  expect(firstFamily.documentPath).toMatch(/^\/api\/documents\/.+/);
  const context = await browser.newContext();
  const page = await context.newPage();
  await register(page, { name: "Other Family", iin: buildIin("1985-07-07", "male", serial + 50), phone: "+77015550099" });

  const application = await page.goto(`/en${firstFamily.applicationPath}`);
  expect(application?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const document = await page.request.get(firstFamily.documentPath!);
  expect(document.status()).toBe(404);
  await context.close();
});

test("without JavaScript, a family registers, creates its profile and adds a member", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const person = { name: "Bekova Saule", birthDate: "1993-03-03", iin: buildIin("1993-03-03", "female", serial + 60), phone: "+77015550123" };
  await register(page, person);
  await page.getByRole("link", { name: "Create your family profile" }).click();
  await page.getByLabel("District of Almaty").selectOption("MEDEU");
  await page.getByLabel("Address").fill("Dostyk Ave 20, apt 3");
  await page.getByRole("button", { name: "Create the family profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your family profile has been created." })).toBeVisible();
  await page.getByRole("link", { name: "Add a family member" }).click();
  await page.getByRole("link", { name: "Fill in my own details" }).click();
  await page.getByLabel("Monthly income, in tenge").fill("90000");
  await page.getByRole("button", { name: "Add the member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The family member has been added." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Family members" })).toContainText(person.name);
  await context.close();
});
