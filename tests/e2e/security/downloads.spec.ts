// Every download route, fetched with a real signed-in session: a family's document, the
// housing certificate PDF, the bank payment file and each staff report. Each answers as a
// private attachment: Content-Disposition with a safe ASCII filename and the RFC 5987
// filename*, X-Content-Type-Options: nosniff, Cache-Control no-store and the right type.
// The staff inline view keeps its sandbox CSP, and a document row whose stored type says
// HTML or SVG is never served as text/html or image/svg+xml, inline or not.
// Who may download what (404 for everyone else) is proved by the access specs and by
// tests/integration/documents/document-access.test.ts; uploads refused by content by
// tests/integration/security/hostile-uploads.test.ts.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { runnableMonths } from "@/lib/payments/runnable-months";
import { samplePdf } from "../../integration/documents/samples";
import { queryE2eDatabase, runE2eSetup } from "../support/e2e-database";
import { signInAs, signInWith } from "../support/sign-in";

interface SessionFixtures {
  password: string;
  citizen: { iin: string };
}

// The demo seed's payment run of the current month (its runs are named run_YYYYMM).
const SEEDED_RUN = `run_${runnableMonths(new Date())[0].replace("-", "")}`;
const HOSTILE_TYPES = ["text/html", "image/svg+xml"] as const;

interface Expected {
  what: string;
  contentType: string;
  /** The name the file is saved under (decoded from filename*). */
  fileName: string | RegExp;
  disposition?: "attachment" | "inline";
}

/** The four checks every private download must pass, each failure naming the route. */
async function expectPrivateDownload(response: APIResponse, expected: Expected): Promise<void> {
  const { what } = expected;
  expect(response.status(), `${what}: status`).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"], `${what}: Content-Type`).toBe(expected.contentType);
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["cache-control"] ?? "", `${what}: Cache-Control`).toMatch(/(^|[\s,])no-store(,|$)/);

  const disposition = headers["content-disposition"] ?? "";
  const parsed = /^(attachment|inline); filename="([^"\\]*)"; filename\*=UTF-8''([A-Za-z0-9%!#$&+.^_`|~-]+)$/.exec(disposition);
  expect(parsed, `${what}: Content-Disposition "${disposition}" is not <type>; filename="…"; filename*=UTF-8''…`).not.toBeNull();
  const [, type, asciiName, encodedName] = parsed ?? [];
  expect(type, `${what}: disposition type`).toBe(expected.disposition ?? "attachment");
  expect(asciiName, `${what}: the ASCII filename`).toMatch(/^[\x20-\x7e]+$/);
  expect(asciiName, `${what}: the ASCII filename`).not.toMatch(/[\\/;%]|^\.+$/);
  const savedName = decodeURIComponent(encodedName ?? "");
  if (typeof expected.fileName === "string") expect(savedName, `${what}: filename*`).toBe(expected.fileName);
  else expect(savedName, `${what}: filename*`).toMatch(expected.fileName);
}

/** Uploads a PDF through the locker form; returns the document's download address. */
async function uploadPdf(page: Page, name: string): Promise<string> {
  await page.goto("/en/documents");
  await page.getByLabel("Type of document").selectOption({ label: "Other document" });
  await page.getByLabel("File").setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(samplePdf(`download headers ${name}`)) });
  await page.getByRole("button", { name: "Upload the document" }).click();
  await expect(page.getByRole("status")).toHaveText("The document has been uploaded.");
  const href = await page.getByRole("link", { name: `Download: ${name}` }).getAttribute("href");
  if (!href) throw new Error(`no download link for ${name}`);
  return href;
}

let fixtures: SessionFixtures;

test.beforeAll(() => {
  fixtures = runE2eSetup<SessionFixtures>("session-fixtures");
});

test("a family's document: an attachment for the family; the caseworker's inline view keeps its sandbox", async ({ page, browser }) => {
  await signInWith(page, { iin: fixtures.citizen.iin, password: fixtures.password });
  const name = `справка о доходах ${Date.now().toString(36)}.pdf`;
  const href = await uploadPdf(page, name);

  const own = await page.request.get(href);
  await expectPrivateDownload(own, { what: `citizen GET ${href}`, contentType: "application/pdf", fileName: name });
  expect(own.headers()["content-security-policy"], `citizen GET ${href}: CSP`).toBe("default-src 'none'; sandbox");
  // The family cannot ask for the inline view: only staff reviewing may.
  await expectPrivateDownload(await page.request.get(`${href}?view=inline`), { what: `citizen GET ${href}?view=inline`, contentType: "application/pdf", fileName: name });

  const staffContext = await browser.newContext();
  const caseworker = await staffContext.newPage();
  await signInAs(caseworker, "CASEWORKER");
  const inline = await caseworker.request.get(`${href}?view=inline`);
  await expectPrivateDownload(inline, { what: `caseworker GET ${href}?view=inline`, contentType: "application/pdf", fileName: name, disposition: "inline" });
  expect(inline.headers()["content-security-policy"], `caseworker GET ${href}?view=inline: CSP`).toBe("sandbox");
  const download = await caseworker.request.get(href);
  await expectPrivateDownload(download, { what: `caseworker GET ${href}`, contentType: "application/pdf", fileName: name });
  expect(download.headers()["content-security-policy"], `caseworker GET ${href}: CSP`).toBe("default-src 'none'; sandbox");
  await staffContext.close();
});

test("a document row whose stored type says HTML or SVG is never served as that type, inline or not", async ({ page, browser }) => {
  // Uploads refuse HTML and SVG by content; a row can still arrive another way (an import,
  // a restored backup). Such a row, with script in its file, is made here from an upload.
  await signInWith(page, { iin: fixtures.citizen.iin, password: fixtures.password });
  const staffContext = await browser.newContext();
  const caseworker = await staffContext.newPage();
  await signInAs(caseworker, "CASEWORKER");

  for (const hostileType of HOSTILE_TYPES) {
    const name = `legacy-${hostileType.replace(/\W/g, "-")}-${Date.now().toString(36)}.pdf`;
    const href = await uploadPdf(page, name);
    const documentId = href.split("/").at(-1);
    const [row] = await queryE2eDatabase<{ storageKey: string }>(
      `UPDATE "Document" SET "mimeType" = $1 WHERE "id" = $2 RETURNING "storageKey"`,
      [hostileType, documentId],
    );
    if (!row || !process.env.E2E_DATA_DIR) throw new Error("the uploaded document or the e2e data folder was not found");
    const script = hostileType === "text/html" ? "<!doctype html><script>document.title='ran'</script>" : '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    await writeFile(path.join(process.env.E2E_DATA_DIR, "uploads", row.storageKey), script);

    for (const [who, requester, query] of [["citizen", page, ""], ["caseworker", caseworker, "?view=inline"], ["caseworker", caseworker, ""]] as const) {
      const what = `${who} GET ${href}${query} stored as ${hostileType}`;
      const response = await requester.request.get(`${href}${query}`);
      expect(response.headers()["content-type"], `${what}: Content-Type`).not.toMatch(/html|svg|xml|javascript/);
      await expectPrivateDownload(response, { what, contentType: "application/octet-stream", fileName: name });
      expect(response.headers()["content-security-policy"] ?? "", `${what}: CSP`).toMatch(/sandbox/);
    }
  }
  await staffContext.close();
});

test("the housing certificate PDF, the bank payment file and every staff report are private attachments", async ({ page }) => {
  await signInAs(page, "SUPERVISOR");

  const [certificate] = await queryE2eDatabase<{ id: string; number: string }>(`SELECT "id", "number" FROM "HousingCertificate" ORDER BY "issuedAt" DESC LIMIT 1`);
  if (!certificate) throw new Error("the seed issued no housing certificate");
  const certificatePath = `/api/certificates/${certificate.id}/pdf`;
  await expectPrivateDownload(await page.request.get(certificatePath), { what: `supervisor GET ${certificatePath}`, contentType: "application/pdf", fileName: `${certificate.number}.pdf` });

  const bankFilePath = `/api/payment-runs/${SEEDED_RUN}/bank-file`;
  await expectPrivateDownload(await page.request.get(bankFilePath), {
    what: `supervisor GET ${bankFilePath}`,
    contentType: "text/csv; charset=utf-8",
    fileName: new RegExp(`^bakytty-payments-\\d{4}-\\d{2}-${SEEDED_RUN}\\.csv$`),
  });

  // Every report the reports page offers, as the page links it.
  await page.goto("/en/staff/reports");
  const reportLinks = await page.locator('a[href^="/api/reports/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(reportLinks.length, "the reports page links no report").toBeGreaterThan(0);
  for (const href of reportLinks) {
    const report = new URL(href, "http://portal").pathname.split("/").at(-1) ?? "";
    await expectPrivateDownload(await page.request.get(href), {
      what: `supervisor GET ${href}`,
      contentType: "text/csv; charset=utf-8",
      fileName: new RegExp(`^${report}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    });
  }
});
