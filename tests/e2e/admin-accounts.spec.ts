import { expect, test } from "@playwright/test";
import { buildIin } from "@/lib/iin";
import { demoAccount } from "@/prisma/seed/demo-accounts";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";

test("an administrator disables a colleague who is signed in: the colleague is out at once, and the audit log shows it", async ({ page, browser }) => {
  await signInAs(page, "ADMIN");
  const name = "Жумабаев Нурсултан Ержанович";
  const iin = buildIin("1985-04-12", "male", 6000 + Math.floor(Math.random() * 900));
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("IIN").fill(iin);
  await page.getByLabel("Mobile phone").fill("+77017770022");
  await page.getByLabel("Role").selectOption("CASEWORKER");
  await page.getByLabel("District").selectOption("MEDEU");
  await page.getByLabel("Temporary password").fill("Temporary-Pass-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(name);

  const colleague = await browser.newPage();
  await colleague.goto("/en/sign-in");
  await colleague.getByLabel("IIN").fill(iin);
  await colleague.getByLabel("Password").fill("Temporary-Pass-2026");
  await colleague.getByRole("button", { name: "Sign in" }).click();
  await expect(colleague.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("table", { name: "Staff accounts" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("status")).toHaveText("The account has been disabled and its sessions have ended.");
  await expect(page.getByRole("button", { name: "Enable account" })).toBeVisible();

  await colleague.reload();
  await expect(colleague).toHaveURL(/\/en\/sign-in/);
  await colleague.close();

  await page.goto("/en/admin/audit");
  await page.getByLabel("Action").selectOption("staff.disable");
  await page.getByRole("button", { name: "Show entries" }).click();
  const entries = page.getByRole("table", { name: "Audit entries, newest first" });
  await expect(entries.getByRole("row").nth(1)).toContainText("staff.disable");
  await expect(entries).not.toContainText(iin);
  await expectAccessible(page);
});

test("the administrator's own account page offers no changes; the pages read in Russian and Kazakh", async ({ page }) => {
  await signInAs(page, "ADMIN", "ru");
  const admin = demoAccount("ADMIN");
  await page.getByRole("table", { name: "Учётные записи сотрудников" }).getByRole("link", { name: admin.fullName }).click();
  await expect(page.getByRole("heading", { level: 1, name: admin.fullName })).toBeVisible();
  await expect(page.getByText("Это ваша собственная учётная запись.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Отключить учётную запись" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/kk/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Аудит журналы" })).toBeVisible();
  await expectAccessible(page);
});
