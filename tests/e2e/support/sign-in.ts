import { expect, type Page } from "@playwright/test";
import { demoAccount } from "@/prisma/seed/demo-accounts";
import type { Role } from "@/prisma/generated/enums";

type Locale = "kk" | "ru" | "en";

/** Signs in through the form with these credentials; `failure` names who, should it fail. */
export async function signInWith(page: Page, credentials: { iin: string; password: string }, locale: Locale = "en", failure?: string): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "IIN" : locale === "ru" ? "ИИН" : "ЖСН").fill(credentials.iin);
  await page.getByLabel(locale === "en" ? "Password" : locale === "ru" ? "Пароль" : "Құпиясөз").fill(credentials.password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : locale === "ru" ? "Войти" : "Кіру" }).click();
  await expect(page.getByRole("button", { name: locale === "en" ? "Sign out" : locale === "ru" ? "Выйти" : "Шығу" }), failure).toBeVisible();
}

/** Signs in through the form as the demo account of `role` (the Epic Stack `login({ role })` idea). */
export async function signInAs(page: Page, role: Role, locale: Locale = "en"): Promise<void> {
  await signInWith(page, demoAccount(role), locale);
}

/**
 * Signs out with the header's button and waits for the signed-out page. Signing in again
 * before the sign-out's answer arrived let its cookie deletion land on the next session.
 */
export async function signOutOf(page: Page, buttonName = "Sign out"): Promise<void> {
  await page.getByRole("button", { name: buttonName }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
}
