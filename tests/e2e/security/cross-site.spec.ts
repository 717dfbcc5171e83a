// Cross-site requests that would change state: a server action posted with a foreign or
// an opaque ("null") Origin, Auth.js's sign-in and sign-out endpoints posted from another
// site, and the bank-file download (which marks payments SENT) reached from a link on
// another site. Each is refused with the database unchanged; the same request from the
// portal itself works, so the refusal is the cross-site check's and not a broken request.
import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "../support/e2e-database";
import { cookieOf, observeActionCall, requestFor } from "./support/action-caller";
import { changedTables, databaseFingerprint } from "./support/database-fingerprint";
import { callServerAction, portalOrigin } from "./support/server-action-call";
import { ACTION_EXPECTATIONS } from "./support/server-action-expectations";
import { actionIdOf } from "./support/server-action-manifest";
import { describeAnswer, isRefusal, outcomeOf } from "./support/server-action-outcome";
import { credentialsOf, securityFixtures } from "./support/security-roles";

const FOREIGN_ORIGINS = ["https://evil.example", "null"] as const;
const OTHER_INCOME = "lib/families/actions/family-actions.ts#updateOtherIncomeAction";
// Any signed-in person may call it: whether a session still works after a cross-site post.
const MARK_READ = "lib/notifications/actions/mark-read.ts#markReadAction";

async function familyOtherIncome(familyId: string): Promise<number | null> {
  const rows = await queryE2eDatabase<{ otherMonthlyIncomeTenge: number | null }>(`SELECT "otherMonthlyIncomeTenge" FROM "Family" WHERE id = $1`, [familyId]);
  return rows[0]?.otherMonthlyIncomeTenge ?? null;
}

test("a server action posted with a foreign or null Origin is refused; with the portal's Origin it works", async ({ browser, playwright }) => {
  const expectation = ACTION_EXPECTATIONS[OTHER_INCOME];
  if (!expectation) throw new Error(`no expectation for ${OTHER_INCOME}`);
  const { citizenB } = securityFixtures();
  // A value the family cannot have yet, so the control call below must change it.
  const amount = String(10_000 + Math.floor(Math.random() * 80_000));
  const request = await requestFor(playwright, await cookieOf(browser, "citizenB"));
  try {
    for (const origin of FOREIGN_ORIGINS) {
      const { answer, changed } = await observeActionCall(request, OTHER_INCOME, expectation, [["otherMonthlyIncomeTenge", amount]], { origin });
      // Next answers an Origin that is not the Host with 500 "Invalid Server Actions request" without running the action.
      expect.soft(answer.status, `Origin ${origin} ${OTHER_INCOME}: ${describeAnswer(answer)}`).toBeGreaterThanOrEqual(400);
      expect.soft(answer.redirectTo, `Origin ${origin} ${OTHER_INCOME} was redirected as if it had run`).toBeNull();
      expect.soft(changed, `Origin ${origin} ${OTHER_INCOME} changed tables`).toEqual([]);
    }
    const { answer, changed } = await observeActionCall(request, OTHER_INCOME, expectation, [["otherMonthlyIncomeTenge", amount]]);
    expect(outcomeOf(answer), `Origin ${portalOrigin()} ${OTHER_INCOME}: ${describeAnswer(answer)}`).toBe("redirect");
    expect(changed, `Origin ${portalOrigin()} ${OTHER_INCOME} changed tables`).toContain("Family");
    expect(await familyOtherIncome(citizenB.familyId), "citizen B's other income after the same-origin call").toBe(Number(amount));
  } finally {
    await request.dispose();
  }
});

test("Auth.js sign-in posted from another site starts no session", async ({ playwright }) => {
  const credentials = credentialsOf("citizenB");
  if (!credentials) throw new Error("citizen B has no credentials");
  const request = await requestFor(playwright, "");
  try {
    for (const origin of FOREIGN_ORIGINS) {
      const before = await databaseFingerprint();
      const response = await request.post("/api/auth/callback/credentials", {
        headers: { Origin: origin, "Sec-Fetch-Site": "cross-site" },
        form: { iin: credentials.iin, password: credentials.password, callbackUrl: "https://evil.example/" },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const sessionCookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]+/.test(header.value));
      expect.soft(sessionCookies, `Origin ${origin} POST /api/auth/callback/credentials set a session cookie (HTTP ${response.status()})`).toEqual([]);
      expect.soft(response.headers()["location"] ?? "", `Origin ${origin} POST /api/auth/callback/credentials sends the browser to another site`).not.toContain("evil.example");
      expect.soft(changedTables(before, await databaseFingerprint()), `Origin ${origin} POST /api/auth/callback/credentials changed tables`).toEqual([]);
    }
  } finally {
    await request.dispose();
  }
});

test("Auth.js sign-out posted from another site does not end the session", async ({ browser, playwright }) => {
  const cookie = await cookieOf(browser, "caseworkerOtherDistrict");
  const request = await requestFor(playwright, cookie);
  try {
    for (const origin of FOREIGN_ORIGINS) {
      const before = await databaseFingerprint();
      const response = await request.post("/api/auth/signout", {
        headers: { Origin: origin, "Sec-Fetch-Site": "cross-site" },
        form: { callbackUrl: "https://evil.example/" },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const cleared = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie" && /^authjs\.session-token=;/.test(header.value));
      expect.soft(cleared, `Origin ${origin} POST /api/auth/signout cleared the session cookie (HTTP ${response.status()})`).toEqual([]);
      expect.soft(changedTables(before, await databaseFingerprint()), `Origin ${origin} POST /api/auth/signout changed tables`).toEqual([]);
      // The session still opens the person's own notifications: it was not ended.
      const still = await callServerAction(request, { actionId: actionIdOf(MARK_READ), pagePath: "/en/notifications", fields: [["all", "1"]] });
      expect.soft(isRefusal(outcomeOf(still)), `after a cross-site sign-out from ${origin} the session no longer works: ${describeAnswer(still)}`).toBe(false);
    }
  } finally {
    await request.dispose();
  }
});

test("the session cookie is HttpOnly and SameSite, so other sites' requests do not carry it", async ({ playwright }) => {
  const credentials = credentialsOf("citizenB");
  const signIn = ACTION_EXPECTATIONS["lib/auth/actions/sign-in.ts#signInAction"];
  if (!credentials || !signIn) throw new Error("citizen B's credentials or the sign-in expectation are missing");
  const request = await requestFor(playwright, "");
  try {
    const { answer } = await observeActionCall(request, "lib/auth/actions/sign-in.ts#signInAction", signIn, [["iin", credentials.iin], ["password", credentials.password]]);
    const session = answer.setCookies.find((header) => header.startsWith("authjs.session-token="));
    expect(session, `sign-in set no session cookie: ${describeAnswer(answer)}`).toBeDefined();
    expect(session, "the session cookie is HttpOnly").toMatch(/;\s*HttpOnly/i);
    expect(session, "the session cookie is SameSite=Lax or Strict").toMatch(/;\s*SameSite=(Lax|Strict)/i);
  } finally {
    await request.dispose();
  }
});

test("the bank file (which marks payments sent) is refused to a request from another site", async ({ browser, playwright }) => {
  // A run that was exported already: downloading it again only adds an audit entry, so the
  // same-origin control below leaves the seeded payments as other specs know them, while a
  // cross-site download that got through would still show (the audit entry).
  const [run] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "PaymentRun" ORDER BY ("exportedAt" IS NULL), "createdAt" DESC LIMIT 1`);
  expect(run, "the seed has a payment run").toBeDefined();
  if (!run) return;
  const path = `/api/payment-runs/${run.id}/bank-file`;
  const request = await requestFor(playwright, await cookieOf(browser, "supervisor"));
  try {
    // A link followed from another site (top-level navigation) and a subresource from a sibling site.
    for (const site of ["cross-site", "same-site"]) {
      const before = await databaseFingerprint();
      const response = await request.get(path, { headers: { "Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document" }, failOnStatusCode: false });
      expect.soft(response.status(), `supervisor GET ${path} with Sec-Fetch-Site: ${site}`).toBe(404);
      expect.soft(changedTables(before, await databaseFingerprint()), `supervisor GET ${path} with Sec-Fetch-Site: ${site} changed tables`).toEqual([]);
    }
    // The portal's own link, and an address typed or bookmarked (Sec-Fetch-Site: none), still download.
    for (const site of ["same-origin", "none"]) {
      const response = await request.get(path, { headers: { "Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document" }, failOnStatusCode: false });
      expect.soft(response.status(), `supervisor GET ${path} with Sec-Fetch-Site: ${site}`).toBe(200);
      expect.soft(response.headers()["content-type"] ?? "", `supervisor GET ${path} with Sec-Fetch-Site: ${site} content type`).toContain("text/csv");
    }
  } finally {
    await request.dispose();
  }
});
