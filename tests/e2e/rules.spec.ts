import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { runE2eSetup } from "./support/e2e-database";
import { SECOND_ADMIN_PASSWORD } from "./support/setup/second-admin-password";
import { signInAs, signInWith } from "./support/sign-in";

// An administrator drafts a raise of the poverty line, sees its impact per district and
// submits it; a second administrator approves it with their password and publishes it.
// The seed has one demo administrator, so the second one is made here, in the database
// the e2e launcher started (as certificate-verification.spec.ts reads it).

const TITLE = `Poverty line 80% (e2e ${Date.now().toString(36)})`;

async function createSecondAdmin(): Promise<string> {
  return runE2eSetup<{ iin: string }>("second-admin").iin;
}

test.describe.serial("the rules editor", () => {
  let versionUrl = "";

  test("an administrator drafts a raise of the poverty line and sees its impact per district", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "ADMIN");
    await page.goto("/en/admin/rules");
    await expect(page.getByRole("heading", { level: 1, name: "Rules and amounts" })).toBeVisible();
    const parameters = page.getByRole("table", { name: "Parameters in force" });
    await expect(parameters.getByRole("row", { name: /Poverty line, as a share of the subsistence minimum/ })).toContainText("70%");
    await expectAccessible(page);

    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Reason for the change").fill("Akimat decision on the poverty line for targeted assistance");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Rule version: ${TITLE}` })).toBeVisible();
    versionUrl = new URL(page.url()).pathname.replace(/^\/en/, "");

    // A value out of range is refused with the unit's rule, and nothing typed is lost.
    await page.getByLabel("Parameter").selectOption("POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM");
    await page.getByLabel("New value").fill("180");
    await page.getByLabel("Source").fill("Akimat decision No. 42");
    await page.getByRole("button", { name: "Add the change" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter a percentage from 0 to 100");
    await expect(page.getByLabel("Source")).toHaveValue("Akimat decision No. 42");
    await expect(page.getByLabel("Parameter")).toHaveValue("POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM");

    await page.getByLabel("New value").fill("80");
    await page.getByRole("button", { name: "Add the change" }).click();
    await expect(page.getByRole("status")).toHaveText("The change was added to the draft.");
    const changes = page.getByRole("table", { name: "Changes in this version" });
    await expect(changes).toContainText("80%");
    await expect(page.getByText(/All \d+ cases pass\./)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "See the impact on families" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Impact of: ${TITLE}` })).toBeVisible({ timeout: 30_000 });
    const summary = page.getByRole("table", { name: "Change per measure, whole city" });
    await expect(summary.getByRole("row", { name: /Free kindergarten/ })).toBeVisible();
    // A measure gaining families has its table per district and its chart.
    const byDistrict = page.getByRole("table", { name: /: by district$/ }).first();
    await expect(byDistrict.getByRole("row", { name: /Almaly district/ })).toBeVisible();
    await expect(byDistrict.getByRole("row", { name: /Whole city/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /families gaining and losing, by district/ }).first()).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/en${versionUrl}`);
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect(page.getByText("This version is awaiting approval and cannot be changed.")).toBeVisible();
    // The author cannot approve their own version: no approval form for them.
    await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  });

  test("a second administrator approves with their password and publishes", async ({ page }) => {
    test.setTimeout(120_000);
    expect(versionUrl).not.toBe("");
    const iin = await createSecondAdmin();
    await signInWith(page, { iin, password: SECOND_ADMIN_PASSWORD }, "ru");
    await page.goto(`/ru${versionUrl}`);
    await expect(page.getByRole("heading", { level: 1, name: `Версия правил: ${TITLE}` })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Ваш пароль").fill("not-my-password");
    await page.getByRole("button", { name: "Утвердить и опубликовать" }).click();
    await expect(page.getByRole("alert", { name: "Обнаружена ошибка" })).toContainText("Пароль неверный");

    await page.getByLabel("Ваш пароль").fill(SECOND_ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Утвердить и опубликовать" }).click();
    await expect(page.getByText("Эта версия опубликована и больше не может быть изменена.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Утвердить и опубликовать" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Удалить/ })).toHaveCount(0);

    // The parameter's history names the version that published the new value, in Kazakh too.
    await page.goto("/kk/admin/rules/parameters/POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Кедейлік шегі");
    await expect(page.getByRole("table", { name: "Күн бойынша мәндер" })).toContainText(TITLE);
    await expectAccessible(page);
  });

  test("other staff cannot reach the rules editor", async ({ page }) => {
    await signInAs(page, "SUPERVISOR");
    expect((await page.goto("/en/admin/rules"))?.status()).toBe(404);
    expect((await page.goto(`/en${versionUrl}/impact`))?.status()).toBe(404);
  });
});
