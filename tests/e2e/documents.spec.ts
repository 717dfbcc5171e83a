import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";
import { sampleExe, samplePdf } from "../integration/documents/samples";

// A name per run: the suite's database is fresh, but a retried test must not find an old row.
const fileName = `income-statement-${Date.now().toString(36)}.pdf`;
const pdf = Buffer.from(samplePdf("Income statement for the e2e test"));

test("a family uploads a PDF, sees it in the locker and downloads it as a safe attachment", async ({ page, browser }) => {
  await signInAs(page, "CITIZEN");
  await page.goto("/en/documents");
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Type of document").selectOption({ label: "Income statement" });
  await page.getByLabel("File").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload the document" }).click();

  await expect(page).toHaveURL(/\/en\/documents\?status=uploaded$/);
  await expect(page.getByRole("status")).toHaveText("The document has been uploaded.");
  const row = page.getByRole("table", { name: "Your documents" }).getByRole("row").filter({ hasText: fileName });
  await expect(row).toContainText("Income statement");
  await expect(row).toContainText("Not used yet");
  await expectAccessible(page);

  const link = row.getByRole("link", { name: `Download: ${fileName}` });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/documents\/[A-Za-z0-9_-]+$/);

  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(fileName);

  // Without a session the same address answers 404, as for a document that does not exist.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(new URL(href!, page.url()).toString())).status()).toBe(404);
  await stranger.close();

  // The delete confirmation page (checked with axe here: axe needs JavaScript, the no-JS test below cannot run it).
  await row.getByRole("link", { name: `Delete document ${fileName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete this document?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "No, go back to documents" }).click();
  await expect(page.getByRole("table", { name: "Your documents" })).toContainText(fileName);
});

test("a program renamed to .pdf is refused by its content, in the reader's language, keeping the chosen type", async ({ page }) => {
  await signInAs(page, "CITIZEN", "ru");
  await page.goto("/ru/documents");
  await page.getByLabel("Вид документа").selectOption({ label: "Справка о доходах" });
  await page.getByLabel("Файл").setInputFiles({ name: "справка.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleExe()) });
  await page.getByRole("button", { name: "Загрузить документ" }).click();

  const summary = page.getByRole("alert", { name: "Обнаружена ошибка" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /Файл должен быть в формате PDF, JPEG или PNG/ })).toBeVisible();
  await expect(page.getByLabel("Файл")).toHaveAccessibleDescription(/выберите файл ещё раз.*Файл должен быть в формате PDF/);
  await expect(page.getByLabel("Вид документа")).toHaveValue("INCOME_STATEMENT");
  await expect(page.getByRole("table", { name: "Ваши документы" }).getByText("справка.pdf")).toHaveCount(0);
  await expectAccessible(page);
});

test("a document is deleted after a confirmation step, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "CITIZEN");
  const name = `to-delete-${Date.now().toString(36)}.pdf`;
  await page.goto("/en/documents");
  await page.getByLabel("Type of document").selectOption({ label: "Other document" });
  await page.getByLabel("File").setInputFiles({ name, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload the document" }).click();
  await expect(page.getByRole("status")).toHaveText("The document has been uploaded.");

  await page.getByRole("link", { name: `Delete document ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete this document?" })).toBeVisible();
  await expect(page.getByText(`“${name}” will be removed from your documents.`)).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete the document" }).click();

  await expect(page).toHaveURL(/\/en\/documents\?status=deleted$/);
  await expect(page.getByRole("status")).toHaveText("The document has been deleted.");
  await expect(page.getByText(name)).toHaveCount(0);
  await context.close();
});
