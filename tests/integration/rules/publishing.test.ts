// Publishing a rule version: a second administrator, never the author, approves with
// their own password (wrong ones refused and throttled); failing engine cases block it;
// once published the version is immutable, the values are in force from their date, and
// a family's "what can we get" page reads them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { CASE_FILES, type CaseFile } from "@/lib/eligibility/cases";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { getOwnFamilyEligibility } from "@/lib/families/get-own-family-eligibility";
import { addDraftChange } from "@/lib/rules/add-draft-change";
import { createDraft } from "@/lib/rules/create-draft";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import { publishVersion, PUBLISH_PASSWORD_LIMIT } from "@/lib/rules/publish-version";
import { removeDraftChange } from "@/lib/rules/remove-draft-change";
import { submitDraft } from "@/lib/rules/submit-draft";
import { updateDraft } from "@/lib/rules/update-draft";
import { withdrawDraft } from "@/lib/rules/withdraw-draft";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { createActor, daysFromToday, PASSWORD } from "./rules-fixtures";

const conflict = (detail: string) => expect.objectContaining({ code: "CONFLICT", detail });

// Published values stay in the shared test database: those that change who is eligible
// are dated far ahead, where no other test file looks.
const FAR = { cases: "2097-03-01", caseDay: "2097-03-02", certificate: "2096-03-01", certificateEve: "2096-02-29", raise: "2098-03-01", raiseEve: "2098-02-28" };

async function awaitingVersion(author: Actor, changes: { key: string; value: number; effectiveFrom: string }[]): Promise<string> {
  const { id } = await createDraft(author, { title: "Version to publish", reason: "Test of publishing" });
  for (const change of changes) {
    await addDraftChange(author, { versionId: id, key: change.key as never, value: change.value, effectiveFrom: change.effectiveFrom, source: "Test decision" });
  }
  await submitDraft(author, id, new Date());
  return id;
}

describe("publishing a rule version", () => {
  let author: Actor;
  let approver: Actor;

  beforeAll(async () => {
    author = await createActor(db, "ADMIN", PASSWORD);
    approver = await createActor(db, "ADMIN", PASSWORD);
  });
  afterAll(() => db.$disconnect());

  it("is refused to the author, even with the right password", async () => {
    const id = await awaitingVersion(author, [{ key: "MCI_TENGE", value: 4_700, effectiveFrom: daysFromToday(50) }]);
    await expect(publishVersion(author, { versionId: id, password: PASSWORD }, { now: new Date() })).rejects.toEqual(conflict("ownDraft"));
    expect(await db.ruleSetVersion.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "AWAITING_APPROVAL" });
  });

  it("is refused for a draft not submitted", async () => {
    const { id } = await createDraft(author, { title: "Still a draft", reason: "Not submitted" });
    await expect(publishVersion(approver, { versionId: id, password: PASSWORD }, { now: new Date() })).rejects.toEqual(conflict("notAwaiting"));
  });

  it("refuses a wrong password, audits the refusal, and throttles after five tries", async () => {
    const guesser = await createActor(db, "ADMIN", PASSWORD);
    const id = await awaitingVersion(author, [{ key: "MCI_TENGE", value: 4_710, effectiveFrom: daysFromToday(51) }]);
    for (let attempt = 0; attempt < PUBLISH_PASSWORD_LIMIT.max; attempt++) {
      await expect(publishVersion(guesser, { versionId: id, password: "wrong-password" }, { now: new Date() })).rejects.toEqual(conflict("passwordWrong"));
    }
    // Now even the right password waits.
    await expect(publishVersion(guesser, { versionId: id, password: PASSWORD }, { now: new Date() })).rejects.toEqual(conflict("tooManyAttempts"));
    expect((await db.ruleSetVersion.findUniqueOrThrow({ where: { id } })).status).toBe("AWAITING_APPROVAL");
    const refusals = await db.auditLog.count({ where: { entityId: id, action: "rules.version.publish-refused", actorId: guesser.id } });
    expect(refusals).toBe(PUBLISH_PASSWORD_LIMIT.max);
  });

  it("is blocked by a failing case, and allowed by the same cases once they hold", async () => {
    const date = FAR.cases;
    // A case dated after the draft takes effect, written for the rules before it: 70 %.
    const lowIncome = CASE_FILES.find((entry) => entry.file === "02-low-income.json")!.content.cases[0]!;
    const request = lowIncome.request as { asOf: string; family: unknown };
    const futureCase: CaseFile = {
      rule: "Poverty line stays at 70 %",
      cases: [{ name: "a family on the line stays low income", request: { ...request, asOf: FAR.caseDay }, expect: { facts: { isLowIncome: true } } }],
    };
    const expectLine = (line: number): CaseFile => ({
      rule: "Poverty line",
      cases: [{ name: "the poverty line", request: { ...request, asOf: FAR.caseDay }, expect: { facts: { povertyLineTenge: line } } }],
    });
    const published = resolveParameterSet(await loadParameterSet(), FAR.caseDay);
    const lineAt60Percent = Math.round((published.byKey.SUBSISTENCE_MINIMUM_TENGE.value * 60) / 100);

    const id = await awaitingVersion(author, [{ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", value: 60, effectiveFrom: date }]);
    await expect(
      publishVersion(approver, { versionId: id, password: PASSWORD }, { now: new Date(), caseFiles: [{ file: "future.json", content: futureCase }, { file: "line.json", content: expectLine(published.povertyLine.value) }] }),
    ).rejects.toEqual(conflict("casesFailing"));
    expect((await db.ruleSetVersion.findUniqueOrThrow({ where: { id } })).status).toBe("AWAITING_APPROVAL");

    // The engine's own cases (all dated before any draft can apply) and a case expecting the new line pass.
    await publishVersion(approver, { versionId: id, password: PASSWORD }, { now: new Date(), caseFiles: [...CASE_FILES, { file: "line.json", content: expectLine(lineAt60Percent) }] });
    expect((await db.ruleSetVersion.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("publishes with the approver's password: status, approver, date and audit; then the version is immutable", async () => {
    const date = FAR.certificate;
    const id = await awaitingVersion(author, [{ key: "HOUSING_CERTIFICATE_VALIDITY_MONTHS", value: 9, effectiveFrom: date }]);
    const now = new Date();
    await publishVersion(approver, { versionId: id, password: PASSWORD }, { now });

    const version = await db.ruleSetVersion.findUniqueOrThrow({ where: { id }, include: { values: true } });
    expect(version).toMatchObject({ status: "PUBLISHED", approvedById: approver.id, createdById: author.id, publishedAt: now });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "rules.version.publish" } });
    expect(audit).toMatchObject({ actorId: approver.id, before: { status: "AWAITING_APPROVAL" }, after: { status: "PUBLISHED", approvedById: approver.id } });
    expect((audit.after as { values: unknown[] }).values).toEqual([{ key: "HOUSING_CERTIFICATE_VALIDITY_MONTHS", effectiveFrom: date, value: 9 }]);

    const published = conflict("published");
    await expect(addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 1, effectiveFrom: daysFromToday(71), source: "x" })).rejects.toEqual(published);
    await expect(removeDraftChange(author, { versionId: id, changeId: version.values[0]!.id })).rejects.toEqual(published);
    await expect(updateDraft(author, { versionId: id, title: "Rewritten", reason: "Rewritten" })).rejects.toEqual(published);
    await expect(submitDraft(author, id, new Date())).rejects.toEqual(published);
    await expect(withdrawDraft(author, id)).rejects.toEqual(published);
    await expect(publishVersion(approver, { versionId: id, password: PASSWORD }, { now: new Date() })).rejects.toEqual(published);
    const after = await db.ruleSetVersion.findUniqueOrThrow({ where: { id }, include: { values: true } });
    expect(after).toEqual(version);

    // In force from its date, not before.
    const parameters = await loadParameterSet();
    expect(resolveParameterSet(parameters, date).byKey.HOUSING_CERTIFICATE_VALIDITY_MONTHS.value).toBe(9);
    expect(resolveParameterSet(parameters, FAR.certificateEve).byKey.HOUSING_CERTIFICATE_VALIDITY_MONTHS.value).not.toBe(9);
  });

  it("raises the poverty line for a family's eligibility page from the effective date on", async () => {
    const date = FAR.raise;
    const before = resolveParameterSet(await loadParameterSet(), date);
    const citizen = await createCitizenWithFamily(db, {
      district: "TURKSIB",
      childCount: 2,
      adjust: (description) => {
        // Income 500 tenge a head above today's line: not low income, until the raise.
        const perHead = before.povertyLine.value + 500;
        description.otherMonthlyIncomeTenge = 0;
        description.members.forEach((member, index) => {
          member.monthlyIncomeTenge = index === 0 ? perHead * description.members.length : 0;
        });
      },
    });
    const actor = { id: citizen.user.id, role: "CITIZEN" as const, district: null };
    const eligibility = async () => (await getOwnFamilyEligibility(actor, { asOf: date, parameters: await loadParameterSet(), locale: "en" })).response.facts;
    expect(await eligibility()).toMatchObject({ isLowIncome: false, povertyLineTenge: before.povertyLine.value });

    const id = await awaitingVersion(author, [{ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", value: 80, effectiveFrom: date }]);
    expect(await eligibility()).toMatchObject({ isLowIncome: false });
    await publishVersion(approver, { versionId: id, password: PASSWORD }, { now: new Date() });

    const raised = Math.round((before.byKey.SUBSISTENCE_MINIMUM_TENGE.value * 80) / 100);
    expect(await eligibility()).toMatchObject({ isLowIncome: true, povertyLineTenge: raised });
    // The day before the raise, nothing changed.
    const dayBefore = (await getOwnFamilyEligibility(actor, { asOf: FAR.raiseEve, parameters: await loadParameterSet(), locale: "en" })).response.facts;
    expect(dayBefore.isLowIncome).toBe(false);
  });
});
