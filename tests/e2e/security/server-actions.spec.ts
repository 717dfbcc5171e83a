// Every server action of the production build × every security role, over HTTP with the
// real wire format. Refused roles send a body that would be valid for an allowed role and
// must get a refusal (404, 403 or the sign-in page: see support/server-action-outcome.ts)
// with the database unchanged; allowed roles send a probe that passes the gate and writes
// nothing. The action list comes from Next's manifest, so a new action without an entry in
// support/server-action-expectations.ts fails here by name.
import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "../support/e2e-database";
import { cookieOf, observeActionCall, requestFor } from "./support/action-caller";
import { changedTables, databaseFingerprint } from "./support/database-fingerprint";
import { callServerAction } from "./support/server-action-call";
import { ACTION_EXPECTATIONS } from "./support/server-action-expectations";
import { actionIdOf, builtServerActions } from "./support/server-action-manifest";
import { describeAnswer, isRefusal, outcomeOf } from "./support/server-action-outcome";
import { credentialsOf, forgetCookieOf, SECURITY_ROLES, securityFixtures, type SecurityRole } from "./support/security-roles";

const BUILT = builtServerActions();
const SIGN_OUT = "lib/auth/actions/sign-out.ts#signOutAction";
const SIGN_IN = "lib/auth/actions/sign-in.ts#signInAction";
// Any signed-in person may call it: the probe of whether a cookie still opens a session.
const MARK_READ = "lib/notifications/actions/mark-read.ts#markReadAction";

test.beforeAll(async () => {
  // Citizen A's document joins A's submitted application (as it would when A applied), so
  // A's own delete is answered "in a submitted application" and deletes nothing.
  const { citizenA } = securityFixtures();
  await queryE2eDatabase(
    `INSERT INTO "ApplicationDocument" ("applicationId", "documentId") VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [citizenA.submittedApplicationId, citizenA.documentId],
  );
});

test("every server action of the build has an expectation, and every expectation an action", () => {
  const built = new Set(BUILT.map((action) => action.key));
  const missing = [...built].filter((key) => !(key in ACTION_EXPECTATIONS));
  const stale = Object.keys(ACTION_EXPECTATIONS).filter((key) => !built.has(key));
  expect(missing, "server actions of the build without an entry in server-action-expectations.ts").toEqual([]);
  expect(stale, "entries of server-action-expectations.ts for actions the build does not have").toEqual([]);
  expect(BUILT.length, "server actions in .next/server/server-reference-manifest.json").toBeGreaterThan(0);
});

for (const { key } of BUILT) {
  const expectation = ACTION_EXPECTATIONS[key];
  if (!expectation || key === SIGN_OUT) continue;

  test(`${key}: refused roles change nothing, allowed roles pass the gate`, async ({ browser, playwright }) => {
    const fixtures = securityFixtures();
    for (const role of SECURITY_ROLES) {
      const allowed = expectation.allowed.includes(role);
      const request = await requestFor(playwright, await cookieOf(browser, role));
      try {
        const fields = allowed ? (expectation.probe?.(fixtures, role) ?? null) : (expectation.valid?.(fixtures) ?? null);
        const { answer, changed } = await observeActionCall(request, key, expectation, fields);
        const outcome = outcomeOf(answer);
        if (allowed) {
          expect.soft(expectation.passed, `${role} ${key} (allowed) should pass the gate; got ${outcome}, ${describeAnswer(answer)}`).toContain(outcome);
          const unexpected = changed.filter((table) => !(expectation.probeWrites ?? []).includes(table));
          expect.soft(unexpected, `${role} ${key} (allowed probe) wrote to tables`).toEqual([]);
        } else {
          expect.soft(isRefusal(outcome), `${role} ${key} should be refused; got ${outcome}, ${describeAnswer(answer)}`).toBe(true);
          expect.soft(changed, `${role} ${key} (refused) changed tables`).toEqual([]);
        }
      } finally {
        await request.dispose();
      }
    }
  });
}

test(`${SIGN_OUT}: anonymous is sent to sign-in and nothing is written`, async ({ browser, playwright }) => {
  const expectation = ACTION_EXPECTATIONS[SIGN_OUT];
  if (!expectation) throw new Error(`no expectation for ${SIGN_OUT}`);
  const request = await requestFor(playwright, await cookieOf(browser, "anonymous"));
  try {
    const { answer, changed } = await observeActionCall(request, SIGN_OUT, expectation, null);
    expect(outcomeOf(answer), `anonymous ${SIGN_OUT}: ${describeAnswer(answer)}`).toBe("sign-in");
    expect(changed, `anonymous ${SIGN_OUT} changed tables`).toEqual([]);
  } finally {
    await request.dispose();
  }
});

// The demo staff accounts are shared with other specs (read-only for this suite), so a
// signed-in sign-out is checked with the fixture accounts: it ends exactly that account's
// sessions (User.sessionVersion and an audit entry) and nothing else.
for (const role of ["citizenA", "citizenB", "caseworkerOtherDistrict"] as const satisfies readonly SecurityRole[]) {
  test(`${SIGN_OUT}: ${role} signs out only itself, and its cookie stops working`, async ({ playwright }) => {
    const signOut = ACTION_EXPECTATIONS[SIGN_OUT];
    const signIn = ACTION_EXPECTATIONS[SIGN_IN];
    const credentials = credentialsOf(role);
    if (!signOut || !signIn || !credentials) throw new Error(`no expectation or credentials for ${role}`);
    const anonymous = await requestFor(playwright, "");
    let cookie: string;
    try {
      const signedIn = await observeActionCall(anonymous, SIGN_IN, signIn, [["iin", credentials.iin], ["password", credentials.password]]);
      cookie = signedIn.answer.setCookies.map((header) => header.split(";")[0]).filter((pair) => pair?.startsWith("authjs.session-token")).join("; ");
      expect(cookie, `${role} got no session cookie from ${SIGN_IN}: ${describeAnswer(signedIn.answer)}`).not.toBe("");
    } finally {
      await anonymous.dispose();
    }
    const session = await requestFor(playwright, cookie);
    try {
      const before = await databaseFingerprint();
      const { answer } = await observeActionCall(session, SIGN_OUT, signOut, null);
      const changed = changedTables(before, await databaseFingerprint());
      // The account's sessions all end now, the cached one of this worker included.
      forgetCookieOf(role);
      expect(outcomeOf(answer), `${role} ${SIGN_OUT}: ${describeAnswer(answer)}`).toBe("sign-in");
      expect(changed, `${role} ${SIGN_OUT} should change only the account's session version and the audit log`).toEqual(["AuditLog", "User"]);
      const after = await callServerAction(session, { actionId: actionIdOf(MARK_READ), pagePath: "/en/notifications", fields: [["all", "1"]] });
      expect(isRefusal(outcomeOf(after)), `${role}'s cookie after sign-out still works: ${describeAnswer(after)}`).toBe(true);
    } finally {
      await session.dispose();
    }
  });
}
