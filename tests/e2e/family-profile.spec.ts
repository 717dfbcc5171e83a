import { expect, test, type Page } from "@playwright/test";
import { buildIin } from "@/lib/iin";
import { expectAccessible } from "./support/accessibility";

// Fresh IINs per run (the test may be retried against the same database).
const serial = 1000 + Math.floor(Math.random() * 2500);
const mother = { name: "Nurlanova Zhanar", birthDate: "1991-08-14", iin: buildIin("1991-08-14", "female", serial) };
const children = [
  { name: "Nurlanov Alibek", birthDate: "2010-05-03", sex: "male" },
  { name: "Nurlanova Aigerim", birthDate: "2013-09-12", sex: "female" },
  { name: "Nurlanov Daulet", birthDate: "2016-01-20", sex: "male" },
  { name: "Nurlanova Amina", birthDate: "2022-03-08", sex: "female" },
] as const;

async function addChild(page: Page, child: (typeof children)[number], index: number) {
  await page.getByRole("link", { name: "Add a family member" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a family member");
  await page.getByLabel("Full name").fill(child.name);
  await page.getByLabel("IIN").fill(buildIin(child.birthDate, child.sex, serial + 10 + index));
  await page.getByLabel("Date of birth").fill(child.birthDate);
  await page.getByLabel("Role in the family").selectOption("CHILD");
  await page.getByLabel(/^Relation to you/).fill(child.sex === "male" ? "son" : "daughter");
  await page.getByLabel("Education now").selectOption(child.birthDate >= "2019-01-01" ? "PRESCHOOL" : "SCHOOL");
  await page.getByRole("button", { name: "Add the member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The family member has been added." })).toBeVisible();
}

test("a new family registers, enters its profile with four children and sees free kindergarten for a younger child", async ({ page }) => {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill(mother.name);
  await page.getByLabel("IIN").fill(mother.iin);
  await page.getByLabel("Mobile phone").fill("+7 701 555 44 33");
  await page.getByLabel(/^Password/).fill("Almaty-Family-2026");
  await page.getByLabel("Repeat the password").fill("Almaty-Family-2026");
  await page.getByRole("button", { name: "Create account" }).click();

  // An empty profile says what to do first.
  await expect(page).toHaveURL(/\/en\/family$/);
  await expect(page.getByRole("heading", { name: "Start here" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create your family profile" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create your family profile");
  await page.getByRole("button", { name: "Create the family profile" }).click();
  // Nothing chosen: errors tied to the fields, and the page stays accessible.
  await expect(page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: "Choose the district" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("District of Almaty").selectOption("AUEZOV");
  await page.getByLabel("Address").fill("Zhandosov St 58, apt 12");
  await page.getByRole("button", { name: "Create the family profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your family profile has been created. Now add the members of your family." })).toBeVisible();
  await expectAccessible(page);

  // The applicant adds themself from their account.
  await page.getByRole("link", { name: "Add a family member" }).click();
  await page.getByRole("link", { name: "Fill in my own details" }).click();
  await expect(page.getByLabel("IIN")).toHaveValue(mother.iin);
  await expect(page.getByLabel("Date of birth")).toHaveValue(mother.birthDate);
  await page.getByLabel("Employed").check();
  await page.getByLabel("Monthly income, in tenge").fill("150 000");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add the member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The family member has been added." })).toBeVisible();

  // An IIN that disagrees with the birth date is refused, keeping what was typed.
  await page.getByRole("link", { name: "Add a family member" }).click();
  await page.getByLabel("Full name").fill(children[0].name);
  await page.getByLabel("IIN").fill(buildIin("2010-05-04", "male", serial + 9));
  await page.getByLabel("Date of birth").fill(children[0].birthDate);
  await page.getByLabel("Role in the family").selectOption("CHILD");
  await page.getByRole("button", { name: "Add the member" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: /does not agree with the date of birth/ })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue(children[0].name);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to My family" }).click();

  for (const [index, child] of children.entries()) await addChild(page, child, index);
  await expect(page.getByRole("table", { name: "Family members" }).getByRole("row")).toHaveCount(6);
  expect(page.url()).not.toContain(mother.iin);
  await expectAccessible(page);

  await page.getByRole("link", { name: "See what your family can get" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What your family can get");
  const summary = page.getByRole("list", { name: "Support measures and the result for your family" });
  await expect(summary.getByRole("listitem").filter({ hasText: "Free kindergarten" })).toContainText("You can apply");
  await page.getByText("Why: Free kindergarten").click();
  const details = page.locator("#measure-free-kindergarten");
  await expect(details.getByRole("row", { name: /Nurlanova Amina/ })).toContainText("You can apply");
  await expect(details.getByRole("row", { name: /Nurlanov Alibek/ })).toContainText("Not eligible");
  await expect(details.getByText(/Nurlanova Amina, aged \d years?, is child no\. 4 by birth/)).toBeVisible();
  await expect(details.getByRole("link", { name: "Apply for: Free kindergarten" })).toHaveAttribute("href", "/en/apply/free-kindergarten");
  await expectAccessible(page);
});
