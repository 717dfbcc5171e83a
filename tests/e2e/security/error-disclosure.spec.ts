// Errors reveal nothing internal (ASVS V16.5): requests built to make the production server
// fail — an unknown or malformed server action, a malformed RSC request, absurd route
// parameters, bad JSON, wrong HTTP methods — get a 4xx/5xx whose body has no stack trace,
// no SQL and no server paths; the error pages a person sees speak their language and lead
// back home; and a refused duplicate IIN leaves no trace of the IIN in the servers' log.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import en from "@/lib/i18n/messages/en/errors.json";
import kk from "@/lib/i18n/messages/kk/errors.json";
import ru from "@/lib/i18n/messages/ru/errors.json";
import validationEn from "@/lib/i18n/messages/en/validation.json";
import { demoAccount } from "@/prisma/seed/demo-accounts";
import { queryE2eDatabase } from "../support/e2e-database";
import { signInAs } from "../support/sign-in";
import { callServerAction, portalOrigin } from "./support/server-action-call";
import { actionIdOf } from "./support/server-action-manifest";

/** What an error body must never contain, by the name a failure reports. */
const DISCLOSURES: ReadonlyArray<readonly [string, RegExp]> = [
  ["a stack frame", /\n\s*at [\w$.<>]+ \(|    at /],
  ["a TypeScript source position", /\.tsx?:\d+/],
  ["a JavaScript source position", /\.js:\d+/],
  ["node_modules", /node_modules/],
  ["SQL", /\b(?:SELECT|INSERT|UPDATE|DELETE)\b[^<]*\b(?:FROM|INTO|SET|WHERE)\b/],
  ["a Prisma error", /prisma|Invalid `/i],
  ["a PostgreSQL error", /duplicate key value|violates (?:unique|foreign key) constraint|relation "/],
  ["a server path", /\/work\/|\/tmp\/|\/root\/|\/home\//],
];

/** Each disclosure found in `body`, named and quoted with a little context. */
function disclosuresIn(body: string): string[] {
  return DISCLOSURES.flatMap(([name, pattern]) => {
    const match = pattern.exec(body);
    return match ? [`${name}: …${body.slice(Math.max(0, match.index - 40), match.index + 60)}…`] : [];
  });
}

/**
 * What is wrong with one answer: a status `allowed` refuses, or anything disclosed in the
 * body. `label` names the probe (role, method, path) so a failure says which one.
 */
async function problemsWith(label: string, response: APIResponse, allowed: (status: number) => boolean = (status) => status >= 400): Promise<string[]> {
  const body = await response.text();
  const status = response.status();
  return [
    ...(allowed(status) ? [] : [`${label}: status ${status} (body: ${body.slice(0, 160).replace(/\s+/g, " ")})`]),
    ...disclosuresIn(body).map((disclosure) => `${label}: the ${status} body discloses ${disclosure}`),
  ];
}

async function expectQuietFailure(label: string, response: APIResponse, allowed?: (status: number) => boolean) {
  expect(await problemsWith(label, response, allowed)).toEqual([]);
}

const isClientError = (status: number) => status >= 400 && status < 500;

test.describe("server actions", () => {
  test("an unknown action id is refused without detail", async ({ request }) => {
    const answer = await callServerAction(request, { actionId: "7f" + "0".repeat(40), pagePath: "/en/sign-in", args: [], fields: [["iin", "x"]] });
    await expectQuietFailure("unknown action id on /en/sign-in", answer.response);
  });

  test("malformed action bodies are refused without detail", async ({ request }) => {
    const actionId = actionIdOf("lib/accounts/actions/register.ts#registerAction");
    const headers = { Accept: "text/x-component", "Next-Action": actionId, Origin: portalOrigin() };
    const probes: ReadonlyArray<readonly [string, Parameters<APIRequestContext["post"]>[1]]> = [
      ["a multipart body that is not multipart", { headers: { ...headers, "Content-Type": "multipart/form-data; boundary=----nothing" }, data: "not a multipart body at all" }],
      ["a form whose argument list is not JSON", { headers, multipart: { "0": "[{{{ not json" } }],
      ["a text body that is not JSON", { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: "[{{{ not json" }],
      ["an argument list of the wrong shape", { headers, multipart: { "0": JSON.stringify(["$K1", "$Q99", 42]) } }],
    ];
    for (const [label, options] of probes) {
      const response = await request.post("/en/register", { ...options, maxRedirects: 0, failOnStatusCode: false });
      await expectQuietFailure(`register action with ${label}`, response);
    }
  });
});

test("malformed RSC requests are refused without detail", async ({ request }) => {
  const probes: ReadonlyArray<readonly [string, Record<string, string>]> = [
    ["a router state tree that is not JSON", { RSC: "1", "Next-Router-State-Tree": "%7B%7B%7Bnot-json" }],
    ["a router state tree of the wrong shape", { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify({ evil: ["$", 1, null] })) }],
    ["a prefetch with a truncated tree", { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": encodeURIComponent('["",{"children":[') }],
  ];
  for (const [label, headers] of probes) {
    const response = await request.get("/en/screener", { headers, maxRedirects: 0, failOnStatusCode: false });
    // Next.js may also answer a bad tree by rendering the whole page afresh (200): then only
    // the disclosure check applies.
    await expectQuietFailure(`RSC request with ${label}`, response, () => true);
  }
});

// Route parameters no link ever produces. A page may answer 404 or its own "not found"
// message; it must not fail with a 500 or leak how it failed.
const ABSURD_PARAMETERS: ReadonlyArray<readonly [string, string]> = [
  ["a 5,000-character parameter", "a".repeat(5000)],
  ["a NUL byte", "%00"],
  ["a parent-directory path", "..%2F..%2F..%2Fetc%2Fpasswd"],
  ["an invalid percent escape", "%E0%A4%A"],
  ["a quote and SQL", "1'%20OR%20'1'%3D'1"],
];

const answersWithoutFailing = (status: number) => status < 500;

/**
 * GETs `path` and lists what is wrong with the answer, including an answer the client cannot
 * even read (e.g. response headers over Node's 16 KiB limit, which a reverse proxy turns into a 502).
 */
async function problemsOfGet(label: string, request: APIRequestContext, path: string): Promise<string[]> {
  let response: APIResponse;
  try {
    response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
  } catch (error) {
    return [`${label}: unreadable answer (${(error as Error).message.split("\n")[0]})`];
  }
  return problemsWith(label, response, answersWithoutFailing);
}

test("absurd route parameters on public pages do not fail the server", async ({ request }) => {
  const problems: string[] = [];
  for (const [label, parameter] of ABSURD_PARAMETERS) {
    for (const path of [`/en/verify/${parameter}`, `/en/${parameter}`, `/en/apply/${parameter}`]) {
      problems.push(...(await problemsOfGet(`anonymous GET ${path.slice(0, 60)} (${label})`, request, path)));
    }
  }
  expect(problems).toEqual([]);
});

test("absurd route parameters on signed-in pages do not fail the server", async ({ page }) => {
  const pathsByRole = {
    CITIZEN: ["/en/applications/", "/en/family/members/", "/en/apply/", "/en/apply/free-kindergarten/step/", "/en/apply/free-kindergarten/done/"],
    CASEWORKER: ["/en/staff/applications/", "/en/staff/housing-queue/", "/en/staff/payments/"],
    ADMIN: ["/en/admin/staff/", "/en/admin/rules/versions/", "/en/admin/rules/parameters/", "/en/admin/measures/"],
  } as const;
  const problems: string[] = [];
  for (const [role, prefixes] of Object.entries(pathsByRole) as Array<[keyof typeof pathsByRole, readonly string[]]>) {
    await page.context().clearCookies();
    await signInAs(page, role);
    for (const prefix of prefixes) {
      for (const [label, parameter] of ABSURD_PARAMETERS) {
        problems.push(...(await problemsOfGet(`${role} GET ${prefix}… (${label})`, page.request, `${prefix}${parameter}`)));
      }
    }
  }
  expect(problems).toEqual([]);
});

test.describe("API routes", () => {
  test("bad bodies to /api/v1/eligibility get a 400 that discloses nothing", async ({ request }) => {
    const probes: ReadonlyArray<readonly [string, string]> = [
      ["malformed JSON", "{not json"],
      ["a truncated document", '{"family": {"members": ['],
      ["JSON null", "null"],
      ["a deeply nested array", "[".repeat(5000) + "]".repeat(5000)],
      ["a NUL byte in a string", '{"family": "\\u0000"}'],
    ];
    for (const [label, data] of probes) {
      const response = await request.post("/api/v1/eligibility", { data, headers: { "Content-Type": "application/json" }, failOnStatusCode: false });
      await expectQuietFailure(`POST /api/v1/eligibility with ${label}`, response, (status) => status === 400);
      const body = (await response.json()) as { errors?: unknown[] };
      expect(Array.isArray(body.errors) && body.errors.length > 0, `POST /api/v1/eligibility with ${label}: field errors`).toBe(true);
    }
  });

  test("a wrong HTTP method on every API route gets a 4xx that discloses nothing", async ({ request }) => {
    const probes: ReadonlyArray<readonly [string, string]> = [
      ["GET", "/api/v1/eligibility"],
      ["PUT", "/api/v1/eligibility"],
      ["DELETE", "/api/v1/eligibility"],
      ["POST", "/api/v1/openapi.json"],
      ["DELETE", "/api/v1/openapi.json"],
      ["POST", "/api/documents/some-document"],
      ["PUT", "/api/documents/some-document"],
      ["POST", "/api/reports/applications"],
      ["DELETE", "/api/payment-runs/some-run/bank-file"],
      ["POST", "/api/certificates/some-certificate/pdf"],
      ["PUT", "/api/auth/session"],
      ["DELETE", "/api/auth/signin"],
    ];
    for (const [method, path] of probes) {
      const response = await request.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false });
      await expectQuietFailure(`${method} ${path}`, response, isClientError);
    }
  });
});

test.describe("the error pages a person sees", () => {
  for (const [locale, text] of [["kk", kk], ["ru", ru], ["en", en]] as const) {
    test(`in ${locale}: "not found" is translated and leads back home`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status(), `/${locale}/no-such-page status`).toBe(404);
      await expect(page.locator("html"), `/${locale} lang`).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: text.notFoundTitle }), `/${locale} heading`).toBeVisible();
      expect(disclosuresIn(await page.content()), `/${locale}/no-such-page discloses`).toEqual([]);
      await page.getByRole("link", { name: text.goHome }).click();
      await expect(page, `/${locale} way back`).toHaveURL(new RegExp(`/${locale}$`));
    });
  }

  test("a path outside any locale gets the three-language page with links home", async ({ page }) => {
    const response = await page.goto("/wp-admin/setup-config.php");
    expect(response?.status(), "/wp-admin status").toBe(404);
    for (const home of ["/kk", "/ru", "/en"]) await expect(page.locator(`a[href="${home}"]`), `link to ${home}`).toHaveCount(1);
    expect(disclosuresIn(await page.content()), "/wp-admin discloses").toEqual([]);
  });
});

test.describe("the database's side of an error", () => {
  test("the embedded PostgreSQL logs errors tersely, without the DETAIL line that repeats key values", async () => {
    const [setting] = await queryE2eDatabase<{ log_error_verbosity: string }>("SHOW log_error_verbosity");
    expect(setting?.log_error_verbosity, "log_error_verbosity").toBe("terse");
  });

  test("registering an IIN that exists is refused in words, and the IIN reaches no log line", async ({ request }) => {
    const logFile = process.env.E2E_LOG_FILE ?? "";
    expect(logFile, "E2E_LOG_FILE (set by tests/e2e/run.ts)").not.toBe("");
    const before = readFileSync(logFile, "utf8").length;
    const { iin } = demoAccount("CITIZEN");
    const answer = await callServerAction(request, {
      actionId: actionIdOf("lib/accounts/actions/register.ts#registerAction"),
      pagePath: "/en/register",
      args: [{ status: "idle", fieldErrors: {}, values: {} }],
      fields: [
        ["fullName", "Дубликат Тест Тестович"],
        ["iin", iin],
        ["phone", "+7 701 234 56 78"],
        ["password", "Duplicate-Account-2026!"],
        ["passwordConfirm", "Duplicate-Account-2026!"],
      ],
    });
    expect(answer.status, "duplicate registration status").toBe(200);
    expect(answer.body, "duplicate registration answer").toContain(validationEn.iinTaken);
    expect(disclosuresIn(answer.body), "duplicate registration answer discloses").toEqual([]);
    // Give the servers' piped output a moment to reach the file before reading it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const written = readFileSync(logFile, "utf8").slice(before);
    expect(written.includes(iin), `log lines after the duplicate registration:\n${written.slice(0, 2000)}`).toBe(false);
  });
});
