import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";

// Every citizen-facing page in each of the three languages passes the axe check
// (WCAG 2.2 AA rules) and has one h1. Forms in their error states are checked by the
// journey specs; this pass covers the pages as they first open.
const PUBLIC_PAGES = ["", "/screener", "/status", "/sign-in", "/register", "/transparency"];
const CITIZEN_PAGES = [
  "/family",
  "/family/eligibility",
  "/family/members/new",
  "/family/housing",
  "/apply",
  "/apply/free-kindergarten",
  "/apply/mothers-center",
  "/applications",
  "/documents",
  "/housing-queue",
  "/notifications",
];

for (const locale of ["kk", "ru", "en"] as const) {
  test(`public pages in ${locale} are accessible`, async ({ page }) => {
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
    }
  });

  test(`the demo citizen's pages in ${locale} are accessible`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "CITIZEN", locale);
    for (const path of CITIZEN_PAGES) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
    }
  });
}

test("the citizen's pages fit a 320 px wide phone without sideways scrolling of the page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, "CITIZEN", "kk");
  for (const path of [...PUBLIC_PAGES.filter((p) => p !== "/sign-in"), ...CITIZEN_PAGES]) {
    await page.goto(`/kk${path}`);
    // Wide data tables scroll inside their own focusable region; the page itself must not.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect({ path, overflow }).toEqual({ path, overflow: 0 });
  }
});

// Staff pages as each role first opens them, in the three languages; the journeys' specs
// check the forms in their error states.
const STAFF_PAGES = {
  CASEWORKER: ["/staff", "/staff/payments", "/staff/payments/ledger", "/staff/housing-queue"],
  SUPERVISOR: ["/staff", "/staff/payments", "/staff/payments/ledger", "/staff/housing-queue", "/staff/housing-queue/allocations", "/staff/housing-queue/allocations/new", "/staff/reports"],
  ADMIN: ["/admin", "/admin/audit", "/admin/rules", "/admin/measures", "/staff/reports"],
} as const;

for (const role of ["CASEWORKER", "SUPERVISOR", "ADMIN"] as const) {
  test(`the ${role.toLowerCase()}'s pages are accessible in kk, ru and en and fit a 320 px phone`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const locale of ["kk", "ru", "en"] as const) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await signInAs(page, role, locale);
      for (const path of STAFF_PAGES[role]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expectAccessible(page);
        if (locale === "kk") {
          await page.setViewportSize({ width: 320, height: 640 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect({ path, overflow }).toEqual({ path, overflow: 0 });
          await page.setViewportSize({ width: 1280, height: 800 });
        }
      }
      await page.getByRole("button", { name: locale === "en" ? "Sign out" : locale === "ru" ? "Выйти" : "Шығу" }).click();
    }
  });
}
