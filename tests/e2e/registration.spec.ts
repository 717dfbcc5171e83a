import { expect, test } from "@playwright/test";
import { buildIin } from "@/lib/iin";
import { expectAccessible } from "./support/accessibility";

// A fresh IIN per run of the suite: the database is new each run, but the test may be retried.
const newIin = buildIin("1992-04-17", "female", 4000 + Math.floor(Math.random() * 900));

test("a bad IIN, a common password and mismatched passwords are refused with clear messages, keeping what was typed", async ({ page }) => {
  await page.goto("/ru/register");
  await expectAccessible(page);
  await page.getByLabel("Фамилия, имя, отчество").fill("Серикова Мадина Ержановна");
  const wrongChecksum = `${newIin.slice(0, 11)}${(Number(newIin[11]) + 1) % 10}`;
  await page.getByLabel("ИИН").fill(wrongChecksum);
  await page.getByLabel("Мобильный телефон").fill("8 701 555 12 34");
  await page.getByLabel(/^Пароль/).fill("qwerty123");
  await page.getByLabel("Повторите пароль").fill("qwerty124");
  await page.getByRole("button", { name: "Создать учётную запись" }).click();

  const summary = page.getByRole("alert", { name: "Обнаружена ошибка" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /В ИИН опечатка/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /слишком распространён/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Пароли не совпадают" })).toBeVisible();
  // The IIN field names its error for screen readers.
  await expect(page.getByLabel("ИИН")).toHaveAccessibleDescription(/12 цифр.*В ИИН опечатка/);
  // Nothing typed is lost except the passwords.
  await expect(page.getByLabel("Фамилия, имя, отчество")).toHaveValue("Серикова Мадина Ержановна");
  await expect(page.getByLabel("ИИН")).toHaveValue(wrongChecksum);
  await expectAccessible(page);
});

test("a citizen registers, lands on their family page, and cannot register the same IIN twice", async ({ page, browser }) => {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Madina Serikova");
  await page.getByLabel("IIN").fill(newIin);
  await page.getByLabel("Mobile phone").fill("+7 701 555 12 34");
  await page.getByLabel(/^Password/).fill("Almaty-Spring-2026");
  await page.getByLabel("Repeat the password").fill("Almaty-Spring-2026");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/en\/family$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My family");
  await expect(page.getByText(`••••••••${newIin.slice(-4)}`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "My family" })).toBeVisible();
  // The IIN never appears in the address bar.
  expect(page.url()).not.toContain(newIin);
  await expectAccessible(page);

  const other = await browser.newPage();
  await other.goto("/kk/register");
  await other.getByLabel("Тегі, аты, әкесінің аты").fill("Басқа адам");
  await other.getByLabel("ЖСН").fill(newIin);
  await other.getByLabel("Ұялы телефон").fill("+77015550000");
  await other.getByLabel(/^Құпиясөз \(/).fill("Another-Long-Pass-1");
  await other.getByLabel("Құпиясөзді қайталаңыз").fill("Another-Long-Pass-1");
  await other.getByRole("button", { name: "Тіркелгі жасау" }).click();
  await expect(other.getByRole("alert", { name: "Қате табылды" }).getByRole("link", { name: "Бұл ЖСН-мен тіркелгі бұрыннан бар. Соған кіріңіз." })).toBeVisible();
  await other.close();
});
