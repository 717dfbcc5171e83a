import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

test("the landing page opens in a language and switches among Kazakh, Russian and English", async ({ page }) => {
  await page.goto("/kk");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Алматыдағы аз қамтылған және көп балалы отбасыларды қолдау");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поддержка малообеспеченных и многодетных семей Алматы");
  await expectAccessible(page);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support for low-income and large families in Almaty");
  await expect(page.getByRole("heading", { name: "What the programme offers" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: "Free kindergarten" })).toBeVisible();
  await expectAccessible(page);
});

test("the language switcher keeps the page the visitor is on", async ({ page }) => {
  await page.goto("/en/register");
  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL(/\/kk\/register$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Тіркелгі жасау");
});

test("an unknown page answers 404 in the visitor's language and reveals nothing", async ({ page }) => {
  const response = await page.goto("/ru/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
  await expectAccessible(page);
});

test("a visitor without a session is sent from a signed-in area to the sign-in page", async ({ page }) => {
  await page.goto("/en/family");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Ffamily$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expectAccessible(page);
});
