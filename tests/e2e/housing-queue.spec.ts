import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";

// Rows of a table's body (the header row excluded).
const bodyRows = (page: import("@playwright/test").Page, name: string | RegExp) => page.getByRole("table", { name }).locator("tbody tr");

test("the supervisor allocates 3 flats and a reserve of 2 to the top of the queue", async ({ page }) => {
  await signInAs(page, "SUPERVISOR");
  await page.goto("/en/staff/housing-queue");
  await expect(page.getByRole("heading", { level: 1, name: "Housing queue" })).toBeVisible();
  const list = bodyRows(page, /^Waiting list: page 1 of/);
  await expect(list).toHaveCount(50);
  await expect(list.first().getByRole("cell").first()).toHaveText("1");
  await expectAccessible(page);
  const topFamilies = await list.locator("td:nth-child(2)").allInnerTexts();

  await page.getByRole("link", { name: "Allocate flats" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Allocate flats" })).toBeVisible();
  // Nothing filled in: every problem is listed and tied to its field.
  await page.getByRole("button", { name: "Preview" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter the title of the allocation" })).toBeVisible();
  await expectAccessible(page);

  const title = `Alatau residential complex, block ${Date.now() % 100_000}`;
  await page.getByLabel(/^Title of the allocation/).fill(title);
  await page.getByLabel(/^Number of flats/).fill("3");
  await page.getByLabel(/^Size of the reserve list/).fill("2");
  await page.getByLabel(/^Reason/).fill("Akimat resolution No. 123 of 20 November 2026");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(bodyRows(page, "Flats: the top of the queue")).toHaveCount(3);
  await expect(bodyRows(page, "Reserve list")).toHaveCount(2);
  // The preview is the top of the list shown on the queue page, in the same order.
  await expect(bodyRows(page, "Flats: the top of the queue").locator("td:nth-child(2)")).toHaveText(topFamilies.slice(0, 3));
  await expect(bodyRows(page, "Reserve list").locator("td:nth-child(2)")).toHaveText(topFamilies.slice(3, 5));
  await expectAccessible(page);

  await page.getByRole("button", { name: "Confirm allocation" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/housing-queue\/allocations\/[^/]+\?done=created$/);
  await expect(page.getByRole("heading", { level: 1, name: `Allocation: ${title}` })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("The allocation was made and the families were notified.");
  await expect(bodyRows(page, "Families offered a flat").locator("td:nth-child(2)")).toHaveText(topFamilies.slice(0, 3));
  await expect(bodyRows(page, "Reserve list").locator("td:nth-child(2)")).toHaveText(topFamilies.slice(3, 5));
  await expectAccessible(page);

  // The first reserve family now heads the waiting list; its history says why.
  await page.goto("/en/staff/housing-queue");
  await expect(bodyRows(page, /^Waiting list/).first().locator("td:nth-child(2)")).toHaveText(topFamilies[3] ?? "");
  await bodyRows(page, /^Waiting list/).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(topFamilies[3] ?? "");
  await expect(bodyRows(page, /^History of the entry/).first()).toContainText("Placed on a reserve list");
  await expect(bodyRows(page, /^History of the entry/).first()).toContainText(title);
  await expectAccessible(page);

  await page.goto("/en/staff/housing-queue/allocations");
  await expect(page.getByRole("table", { name: "Allocations, newest first" }).getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  // The first family declines its flat: the first reserve family gets flat 1.
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: `Record a refusal: ${topFamilies[0]}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `${topFamilies[0]} declines flat 1` })).toBeVisible();
  await page.getByRole("button", { name: "Record the refusal" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: "Enter the reason" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Reason for the refusal/).fill("The flat is on the 9th floor without a lift");
  await page.getByRole("button", { name: "Record the refusal" }).click();
  await expect(page.getByRole("status")).toHaveText("The refusal was recorded. The flat was offered to the first waiting family on the reserve list.");
  await expect(bodyRows(page, "Families offered a flat").locator("td:nth-child(2)")).toHaveText([topFamilies[3] ?? "", topFamilies[1] ?? "", topFamilies[2] ?? ""]);
  await expect(bodyRows(page, "Reserve list").locator("td:nth-child(2)")).toHaveText([topFamilies[4] ?? ""]);
  await expectAccessible(page);
});

test("a category change needs a reason; the entry page works in Russian and Kazakh", async ({ page }) => {
  await signInAs(page, "SUPERVISOR", "ru");
  await page.goto("/ru/staff/housing-queue");
  await expect(page.getByRole("heading", { level: 1, name: "Очередь на жильё" })).toBeVisible();
  await expectAccessible(page);
  await bodyRows(page, /^Список ожидающих/).nth(10).getByRole("link").click();
  await page.getByRole("link", { name: "Изменить категорию" }).click();
  await page.getByRole("button", { name: "Изменить категорию" }).click();
  const summary = page.getByRole("alert", { name: "Есть ошибки" });
  await expect(summary.getByRole("link", { name: "Укажите причину" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Выберите категорию" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(page.url().replace("/ru/", "/kk/"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Кезектегі жазба");
  await expect(page.getByRole("table", { name: /^Жазба тарихы/ })).toBeVisible();
  await expectAccessible(page);
});

test("a caseworker reads the queue but cannot allocate; a citizen gets no staff page", async ({ page, browser }) => {
  await signInAs(page, "CASEWORKER", "kk");
  await page.goto("/kk/staff/housing-queue");
  await expect(page.getByRole("heading", { level: 1, name: "Тұрғын үй кезегі" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Пәтер бөлулері" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Пәтерлерді бөлу" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/kk/staff/housing-queue/allocations/new"))?.status()).toBe(404);

  const citizen = await browser.newPage();
  await signInAs(citizen, "CITIZEN");
  for (const path of ["/en/staff/housing-queue", "/en/staff/housing-queue/allocations", "/en/staff/housing-queue/allocations/new"]) {
    expect((await citizen.goto(path))?.status()).toBe(404);
  }
  await citizen.close();
});

test("the demo family sees its place and history in three languages", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  for (const [locale, heading, historyCaption] of [
    ["en", "Housing queue", "History of your queue entry"],
    ["ru", "Очередь на жильё", null],
    ["kk", "Тұрғын үй кезегі", null],
  ] as const) {
    await page.goto(`/${locale}/housing-queue`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    if (historyCaption) {
      // The demo family is a large family in the queue since 2016 (prisma/seed/demo-accounts.ts).
      await expect(page.getByText("Current position")).toBeVisible();
      await expect(page.getByRole("table", { name: historyCaption })).toContainText("Registered in the queue");
    }
    await expectAccessible(page);
  }
});
