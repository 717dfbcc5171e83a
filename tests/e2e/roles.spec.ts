import { expect, test } from "@playwright/test";
import { buildIin } from "@/lib/iin";
import { demoAccount } from "@/prisma/seed/demo-accounts";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";

const menu = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Main menu" });

test("the demo citizen sees their family and only the citizen's menu", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await expect(page).toHaveURL(/\/en\/family$/);
  await expect(menu(page).getByRole("link", { name: "My family", exact: true })).toBeVisible();
  await expect(menu(page).getByRole("link", { name: "Applications", exact: true })).toHaveCount(0);
  await expect(menu(page).getByRole("link", { name: "Administration" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Family members" }).getByRole("row")).toHaveCount(7);
  await expectAccessible(page);

  // A citizen who types a staff address gets "not found", not the staff page.
  const response = await page.goto("/en/staff");
  expect(response?.status()).toBe(404);
});

test("the caseworker sees their district's applications", async ({ page }) => {
  await signInAs(page, "CASEWORKER");
  await expect(page).toHaveURL(/\/en\/staff$/);
  await expect(page.getByText("Applications of Almaly district")).toBeVisible();
  await expect(menu(page).getByRole("link", { name: "Applications", exact: true })).toBeVisible();
  await expect(menu(page).getByRole("link", { name: "My family", exact: true })).toHaveCount(0);
  await expect(menu(page).getByRole("link", { name: "Administration" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/en/admin"))?.status()).toBe(404);
});

test("the supervisor sees the whole city", async ({ page }) => {
  await signInAs(page, "SUPERVISOR", "ru");
  await expect(page).toHaveURL(/\/ru\/staff$/);
  await expect(page.getByText("Заявления всех районов")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Главное меню" }).getByRole("link", { name: "Заявления" })).toBeVisible();
  await expectAccessible(page);
});

test("the administrator creates a caseworker, who can then sign in", async ({ page, browser }) => {
  await signInAs(page, "ADMIN", "kk");
  await expect(page).toHaveURL(/\/kk\/admin$/);
  await expect(page.getByRole("navigation", { name: "Негізгі мәзір" }).getByRole("link", { name: "Әкімшілік" })).toBeVisible();
  await expectAccessible(page);

  const iin = buildIin("1988-10-05", "male", 7000 + Math.floor(Math.random() * 900));
  await page.getByLabel("Тегі, аты, әкесінің аты").fill("Ахметов Ерлан Серікұлы");
  await page.getByLabel("ЖСН").fill(iin);
  await page.getByLabel("Ұялы телефон").fill("+77017770011");
  await page.getByLabel("Рөлі").selectOption("CASEWORKER");
  await page.getByLabel("Аудан").selectOption("TURKSIB");
  await page.getByLabel("Уақытша құпиясөз").fill("Temporary-Pass-2026");
  await page.getByRole("button", { name: "Тіркелгі жасау" }).click();
  await expect(page.getByRole("status")).toHaveText("Ахметов Ерлан Серікұлы тіркелгісі жасалды.");
  await expect(page.getByRole("table", { name: "Қызметкерлердің тіркелгілері" })).toContainText("Ахметов Ерлан Серікұлы");

  const colleague = await browser.newPage();
  await colleague.goto("/en/sign-in");
  await colleague.getByLabel("IIN").fill(iin);
  await colleague.getByLabel("Password").fill("Temporary-Pass-2026");
  await colleague.getByRole("button", { name: "Sign in" }).click();
  await expect(colleague.getByText("Applications of Turksib district")).toBeVisible();
  await colleague.close();
});

test("a wrong password and an unknown IIN get the same answer", async ({ page }) => {
  const citizen = demoAccount("CITIZEN");
  await page.goto("/en/sign-in");
  await page.getByLabel("IIN").fill(citizen.iin);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  const wrongPassword = await problem.textContent();

  await page.getByLabel("IIN").fill(buildIin("1990-01-01", "male", 9_990));
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(problem).toHaveText(wrongPassword ?? "");
  expect(wrongPassword).toContain("The IIN or password is not correct");
});

test("after signing out, a copied session cookie no longer works", async ({ page, browser }) => {
  await signInAs(page, "CITIZEN");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/en/family");
  await expect(stolen).toHaveURL(/\/en\/sign-in/);
  await thief.close();
});
