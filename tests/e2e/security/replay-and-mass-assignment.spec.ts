// (a) Replay: citizen A changes a family member in the browser; the exact request is
// captured and sent again with citizen B's session, with no session, and with A's own
// cookie after A signed out: refused every time, nothing written. A's own replay before
// signing out goes through, which shows the captured request is one that writes.
// (b) Mass assignment: a valid form of each area plus one field the form does not have
// (status, amountTenge, familyId, role…) is refused with the form's "unexpected field"
// answer and no field errors, and nothing is written.
import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "../support/e2e-database";
import { cookieOf, observeActionCall, requestFor } from "./support/action-caller";
import { captureNextActionRequest, replayActionRequest, type CapturedActionRequest } from "./support/captured-action-request";
import { changedTables, databaseFingerprint } from "./support/database-fingerprint";
import { portalOrigin } from "./support/server-action-call";
import { ACTION_EXPECTATIONS } from "./support/server-action-expectations";
import { answersUnexpectedField, describeAnswer, isRefusal, outcomeOf } from "./support/server-action-outcome";
import { cookieHeaderFor, forgetCookieOf, securityFixtures, type SecurityRole } from "./support/security-roles";

async function memberRelation(memberId: string): Promise<string | null> {
  const rows = await queryE2eDatabase<{ relation: string | null }>(`SELECT relation FROM "FamilyMember" WHERE id = $1`, [memberId]);
  return rows[0]?.relation ?? null;
}

async function setMemberRelation(memberId: string, relation: string | null): Promise<void> {
  await queryE2eDatabase(`UPDATE "FamilyMember" SET relation = $2 WHERE id = $1`, [memberId, relation]);
}

test("a captured action request replayed with another session, no session or a signed-out session is refused", async ({ browser, playwright }) => {
  const { citizenA } = securityFixtures();
  const memberId = citizenA.memberId;
  expect(memberId, "citizen A's fixture family has a member to edit").not.toBeNull();
  if (!memberId) return;
  const original = await memberRelation(memberId);
  const context = await browser.newContext({ baseURL: portalOrigin() });
  // Citizen A's own session, in a browser: the cookie the suite signed in with.
  const cookieA = await cookieHeaderFor(browser, "citizenA");
  await context.addCookies(
    cookieA.split("; ").map((pair) => {
      const [name = "", ...value] = pair.split("=");
      return { name, value: value.join("="), url: portalOrigin() };
    }),
  );
  const page = await context.newPage();
  let captured: CapturedActionRequest;
  try {
    await page.goto(`/en/family/members/${memberId}`);
    await page.getByLabel("Relation to you").fill("replayed relation");
    const capture = await captureNextActionRequest(page);
    await page.getByRole("button", { name: "Save the changes" }).click();
    captured = await capture();
    await expect(page, "citizen A's own change goes through").toHaveURL(/\/en\/family\?done=member-updated/);
    expect(await memberRelation(memberId), "citizen A's change was stored").toBe("replayed relation");

    // A replay that went through would write the relation again: put the old one back first.
    await setMemberRelation(memberId, original);
    const replays: Array<[string, string]> = [
      ["citizen B's session", await cookieHeaderFor(browser, "citizenB")],
      ["no session", ""],
    ];
    for (const [who, cookie] of replays) {
      const request = await requestFor(playwright, cookie);
      try {
        const before = await databaseFingerprint();
        const answer = await replayActionRequest(request, captured);
        expect.soft(isRefusal(outcomeOf(answer)), `replay with ${who}: ${describeAnswer(answer)}`).toBe(true);
        expect.soft(changedTables(before, await databaseFingerprint()), `replay with ${who} changed tables`).toEqual([]);
      } finally {
        await request.dispose();
      }
    }

    // Control: the same bytes with A's live session do write, so the refusals above are the gate's.
    const live = await requestFor(playwright, cookieA);
    try {
      const answer = await replayActionRequest(live, captured);
      expect(outcomeOf(answer), `replay with A's live session: ${describeAnswer(answer)}`).toBe("redirect");
      expect(await memberRelation(memberId), "A's live replay stored the change").toBe("replayed relation");
    } finally {
      await live.dispose();
    }
    await setMemberRelation(memberId, original);

    // A signs out in the browser; the cookie the browser held is copied before that.
    await page.goto("/en/family");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in/);
  } finally {
    // Every session of A ended (or the test failed midway): the next spec signs A in again.
    forgetCookieOf("citizenA");
    await context.close();
  }
  const stale = await requestFor(playwright, cookieA);
  try {
    const before = await databaseFingerprint();
    const answer = await replayActionRequest(stale, captured);
    expect(isRefusal(outcomeOf(answer)), `replay with A's cookie after sign-out: ${describeAnswer(answer)}`).toBe(true);
    expect(changedTables(before, await databaseFingerprint()), "replay after sign-out changed tables").toEqual([]);
  } finally {
    await stale.dispose();
  }
});

// One representative form per area, called by a role that may use it, with a body that is
// valid but for the extra field. Names the form really has are not "extra" for it.
const MASS_ASSIGNMENT: ReadonlyArray<{ area: string; key: string; role: SecurityRole }> = [
  { area: "citizen family", key: "lib/families/actions/family-actions.ts#updateOtherIncomeAction", role: "citizenA" },
  { area: "citizen family members", key: "lib/families/actions/member-actions.ts#addMemberAction", role: "citizenA" },
  { area: "citizen apply", key: "lib/applications/drafts/actions/save-step-action.ts#saveStepAction", role: "citizenA" },
  { area: "citizen applications", key: "lib/applications/family-actions/actions/withdraw-application.ts#withdrawApplicationAction", role: "citizenA" },
  { area: "review decision", key: "lib/review/actions/approve-application.ts#approveApplicationAction", role: "caseworker" },
  { area: "review decision", key: "lib/review/actions/reject-application.ts#rejectApplicationAction", role: "supervisor" },
  { area: "payments", key: "lib/payments/actions/run-payments-action.ts#runPaymentsAction", role: "supervisor" },
  { area: "housing queue", key: "lib/housing-queue/actions/change-entry.ts#changeCategoryAction", role: "supervisor" },
  { area: "rules", key: "lib/rules/actions/create-draft.ts#createDraftAction", role: "admin" },
  { area: "staff accounts", key: "lib/staff/actions/create-staff-account.ts#createStaffAccountAction", role: "admin" },
  { area: "staff accounts", key: "lib/staff/actions/update-staff-access.ts#updateStaffAccessAction", role: "admin" },
  { area: "measures catalog", key: "lib/measures-catalog/actions/update-measure-setting-action.ts#updateMeasureSettingAction", role: "admin" },
];

const EXTRA_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ["status", "APPROVED"],
  ["amountTenge", "9999999"],
  ["amount", "9999999"],
  ["familyId", "another-family"],
  ["role", "ADMIN"],
  ["sessionVersion", "0"],
];

for (const { area, key, role } of MASS_ASSIGNMENT) {
  test(`mass assignment, ${area}: ${key} as ${role} refuses extra fields`, async ({ browser, playwright }) => {
    const expectation = ACTION_EXPECTATIONS[key];
    if (!expectation?.valid) throw new Error(`no valid body for ${key} in server-action-expectations.ts`);
    const valid = expectation.valid(securityFixtures());
    const own = new Set(valid.map(([name]) => name));
    const request = await requestFor(playwright, await cookieOf(browser, role));
    try {
      for (const [name, value] of EXTRA_FIELDS.filter(([field]) => !own.has(field))) {
        const { answer, changed } = await observeActionCall(request, key, expectation, [...valid, [name, value]]);
        expect.soft(answersUnexpectedField(answer), `${role} ${key} + ${name}: expected the "unexpected field" answer; got ${describeAnswer(answer)}`).toBe(true);
        // No field errors: the body was valid but for the extra field, which alone was refused.
        expect.soft(answer.body, `${role} ${key} + ${name}: field errors beside the extra field`).toContain('"fieldErrors":{}');
        expect.soft(changed, `${role} ${key} + ${name} changed tables`).toEqual([]);
      }
    } finally {
      await request.dispose();
    }
  });
}
