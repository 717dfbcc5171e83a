import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signInAs } from "./support/sign-in";

const queueTable = (page: Page) => page.getByRole("table", { name: /^Applications, page \d+ of \d+$/ });

test("a supervisor puts a case back in the queue; the caseworker filters, claims it and finds it under My cases", async ({ browser }) => {
  // The supervisor frees one open case of Almaly district, so the caseworker has one to claim.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await signInAs(supervisor, "SUPERVISOR");
  await supervisor.goto("/en/staff");
  await expect(supervisor.getByRole("heading", { level: 1 })).toHaveText("Work queue");
  await supervisor.getByLabel("District", { exact: true }).selectOption("ALMALY");
  await supervisor.getByRole("button", { name: "Show applications" }).click();
  await expect(supervisor).toHaveURL(/\/en\/staff\?district=ALMALY$/);
  await expectAccessible(supervisor);

  const assignLink = queueTable(supervisor).getByRole("link", { name: /^Assign BO-/ }).first();
  const reference = ((await assignLink.textContent()) ?? "").replace("Assign", "").trim();
  expect(reference).toMatch(/^BO-\d{4}-\d{6,}$/);
  await assignLink.click();
  await expect(supervisor.getByRole("heading", { level: 1 })).toHaveText(`Assign application ${reference}`);
  await expectAccessible(supervisor);
  await supervisor.getByLabel("New assignee").selectOption({ label: "Nobody: put it back in the queue" });
  await supervisor.getByRole("button", { name: "Save assignment" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("The application is back in the queue, unassigned.");
  // Back on the queue with the filter the supervisor came from.
  await expect(supervisor).toHaveURL(/\/en\/staff\?district=ALMALY&notice=unassigned$/);
  await supervisorContext.close();

  const caseworkerContext = await browser.newContext();
  const page = await caseworkerContext.newPage();
  await signInAs(page, "CASEWORKER");
  await expect(page).toHaveURL(/\/en\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work queue");
  await expect(page.getByText("Applications of Almaly district")).toBeVisible();
  // A caseworker's district is fixed: no district filter.
  await expect(page.getByLabel("District", { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Assigned to").selectOption({ label: "Nobody (unassigned)" });
  await page.getByLabel("Sort by").selectOption({ label: "Reference number" });
  await page.getByRole("button", { name: "Show applications" }).click();
  await expect(page).toHaveURL(/assignee=unassigned/);
  await expect(page.getByLabel("Assigned to")).toHaveValue("unassigned");
  const row = queueTable(page).getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Unassigned");
  // Every deadline badge says its state in words, not by colour alone.
  await expect(row.getByText(/^(On track|At risk|Overdue|Paused|No deadline)$/)).toBeVisible();

  await row.getByRole("button", { name: `Claim ${reference}` }).click();
  await expect(page.getByRole("status")).toHaveText("The application is now yours.");
  // The claimed case has left the unassigned list.
  await expect(queueTable(page).getByText(reference)).toHaveCount(0);

  await page.getByRole("link", { name: "My cases" }).click();
  await expect(page).toHaveURL(/\/en\/staff\?assignee=me$/);
  const mine = queueTable(page).getByRole("row").filter({ hasText: reference });
  await expect(mine).toContainText("Оспанова Динара Канатовна");
  await expect(mine.getByRole("link", { name: reference })).toHaveAttribute("href", /\/en\/staff\/applications\/[A-Za-z0-9_-]+$/);
  await expectAccessible(page);
  await caseworkerContext.close();
});

test("a bad filter in the address falls back to the default queue instead of failing", async ({ page }) => {
  await signInAs(page, "CASEWORKER");
  const response = await page.goto("/en/staff?status=NOPE&page=-4&deadline=soon&sort=amount");
  expect(response?.status()).toBe(200);
  // The address is put back to the view actually shown.
  await expect(page).toHaveURL(/\/en\/staff$/);
  await expect(page.getByLabel("Status")).toHaveValue("open");
  await expect(page.getByLabel("Deadline")).toHaveValue("");
  await expect(page.getByLabel("Sort by")).toHaveValue("due");
});

test("the queue reads in Russian and Kazakh too, and stays accessible", async ({ page }) => {
  await signInAs(page, "CASEWORKER", "ru");
  await page.goto("/ru/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Очередь заявлений");
  await expect(page.getByRole("link", { name: "Мои дела" })).toBeVisible();
  await expect(page.getByLabel("Исполнитель")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/kk/staff?deadline=breached");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Өтініштер кезегі");
  await expect(page.getByRole("link", { name: "Менің істерім" })).toBeVisible();
  await expect(page.getByLabel("Мерзімі", { exact: true })).toHaveValue("breached");
  await expectAccessible(page);
});

test("a citizen cannot open the queue or the assign page", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  expect((await page.goto("/en/staff"))?.status()).toBe(404);
  expect((await page.goto("/en/staff/assign/app_demo_1"))?.status()).toBe(404);
});
