import { expect, type Page } from "@playwright/test";
import { demoAccount } from "@/prisma/seed/demo-accounts";
import type { Role } from "@/prisma/generated/enums";

/** Signs in through the form as the demo account of `role` (the Epic Stack `login({ role })` idea). */
export async function signInAs(page: Page, role: Role, locale: "kk" | "ru" | "en" = "en"): Promise<void> {
  const account = demoAccount(role);
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "IIN" : locale === "ru" ? "ИИН" : "ЖСН").fill(account.iin);
  await page.getByLabel(locale === "en" ? "Password" : locale === "ru" ? "Пароль" : "Құпиясөз").fill(account.password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : locale === "ru" ? "Войти" : "Кіру" }).click();
  await expect(page.getByRole("button", { name: locale === "en" ? "Sign out" : locale === "ru" ? "Выйти" : "Шығу" })).toBeVisible();
}

/**
 * Signs out with the header's button and waits for the signed-out page. Signing in again
 * before the sign-out's answer arrived let its cookie deletion land on the next session.
 */
export async function signOutOf(page: Page, buttonName = "Sign out"): Promise<void> {
  await page.getByRole("button", { name: buttonName }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
}
