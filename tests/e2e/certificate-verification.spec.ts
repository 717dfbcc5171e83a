import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { formatTenge } from "@/lib/i18n/format";
import { expectAccessible } from "./support/accessibility";
import { e2eDatabaseUrl } from "./support/e2e-database";

// A stranger (a bank clerk) checks a printed housing certificate: the QR code's link, or
// the code typed on /verify. The page confirms number, amount and validity and shows
// nothing about the holder. The certificate is one of the seed's (prisma/seed/
// housing-certificates.ts); its code is read from the database, as from the paper.

interface SeededCertificate {
  number: string;
  amountTenge: number;
  holderName: string;
  holderIinMasked: string;
  verificationToken: string;
  isValidToday: boolean;
}

/** The seeded certificate valid longest (any certificate if the clock has passed them all). */
async function seededCertificate(): Promise<SeededCertificate> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<SeededCertificate>(`
      SELECT "number", "amountTenge", "holderName", "holderIinMasked", "verificationToken",
             "validUntil" >= (now() AT TIME ZONE 'Asia/Almaty')::date AS "isValidToday"
        FROM "HousingCertificate" WHERE "revokedAt" IS NULL
       ORDER BY "validUntil" DESC, "number" DESC LIMIT 1`);
    const certificate = rows[0];
    if (!certificate) throw new Error("the seed issued no housing certificate");
    return certificate;
  } finally {
    await client.end();
  }
}

const TEXT = {
  en: { title: "Housing certificate check", valid: "This certificate is genuine and valid.", expired: "This certificate is genuine, but its validity has ended." },
  ru: { title: "Проверка жилищного сертификата", valid: "Сертификат подлинный и действителен.", expired: "Сертификат подлинный, но срок его действия истёк." },
  kk: { title: "Тұрғын үй сертификатын тексеру", valid: "Сертификат түпнұсқа және жарамды.", expired: "Сертификат түпнұсқа, бірақ оның жарамдылық мерзімі аяқталған." },
} as const;

let certificate: SeededCertificate;

test.beforeAll(async () => {
  certificate = await seededCertificate();
});

async function expectNothingPersonal(page: Page): Promise<void> {
  const content = await page.content();
  expect(content).not.toContain(certificate.holderName);
  expect(content).not.toContain(certificate.holderIinMasked);
  // Surname and first name together (a single first name such as "Бақыт" is also a word of the programme's name).
  expect(content).not.toContain(certificate.holderName.split(" ").slice(0, 2).join(" "));
}

test("a stranger opens the QR code's link and sees the certificate valid, with its amount and no personal data, in three languages", async ({ page }) => {
  // The printed link has no language: the portal picks one and keeps the code in the address.
  await page.goto(`/verify/${certificate.verificationToken}`);
  await expect(page).toHaveURL(new RegExp(`/(kk|ru|en)/verify/${certificate.verificationToken}$`));

  for (const locale of ["en", "ru", "kk"] as const) {
    await page.goto(`/${locale}/verify/${certificate.verificationToken}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].title);
    await expect(page.getByText(certificate.isValidToday ? TEXT[locale].valid : TEXT[locale].expired)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toContainText(certificate.number);
    await expect(page.getByText(formatTenge(locale, certificate.amountTenge), { exact: true })).toBeVisible();
    await expectNothingPersonal(page);
    await expectAccessible(page);
  }
});

test("the /verify form takes the printed code or the pasted link, and says what is wrong with a mistyped one", async ({ page }) => {
  await page.goto("/en/verify");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check a housing certificate");
  await expectAccessible(page);

  await page.getByLabel("Verification code").fill(certificate.verificationToken.slice(0, 12));
  await page.getByRole("button", { name: "Check the certificate" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter the code exactly as printed");
  // Nothing typed is lost.
  await expect(page.getByLabel("Verification code")).toHaveValue(certificate.verificationToken.slice(0, 12));
  await expectAccessible(page);

  await page.getByLabel("Verification code").fill(`https://bakytty.almaty.kz/verify/${certificate.verificationToken}`);
  await page.getByRole("button", { name: "Check the certificate" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/verify/${certificate.verificationToken}$`));
  await expect(page.getByRole("heading", { level: 2 })).toContainText(certificate.number);
  await expectNothingPersonal(page);
});

test("the form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/ru/verify");
  await page.getByLabel("Код проверки").fill(`  ${certificate.verificationToken} `);
  await page.getByRole("button", { name: "Проверить сертификат" }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/verify/${certificate.verificationToken}$`));
  await expect(page.getByText(formatTenge("ru", certificate.amountTenge), { exact: true })).toBeVisible();
  await context.close();
});

test("an unknown or near-miss code says there is no certificate with this code", async ({ page }) => {
  const nearMiss = `${certificate.verificationToken.slice(0, -1)}${certificate.verificationToken.endsWith("A") ? "B" : "A"}`;
  for (const code of [nearMiss, randomBytes(16).toString("base64url")]) {
    await page.goto(`/en/verify/${code}`);
    await expect(page.getByText("No certificate with this code")).toBeVisible();
    await expect(page.getByText(certificate.number)).toHaveCount(0);
  }
  await expectAccessible(page);
  await page.getByRole("link", { name: "Check another certificate" }).click();
  await expect(page).toHaveURL(/\/en\/verify$/);
});
