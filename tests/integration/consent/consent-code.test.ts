// Consent by SMS code: the right code records every adult's consent (who, when, what for);
// a wrong code counts, an old code expires, and five wrong codes end the challenge.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmConsent } from "@/lib/consent/confirm-consent";
import { APPLICATION_CONSENT_PURPOSE } from "@/lib/consent/consent-rules";
import { sendConsentCode } from "@/lib/consent/send-consent-code";
import { db } from "@/lib/db/client";
import { TEST_NOW, createApplyTestFamily, latestCodeSentTo, useTemporaryOutbox, type ApplyTestFamily } from "../applications/support/apply-test-family";

let outbox: string;

async function sendCode(family: ApplyTestFamily, now = TEST_NOW): Promise<string> {
  const sent = await sendConsentCode(family.actor, { now, renderBody: (code) => `Bakytty Otbasy code ${code}` });
  expect(sent.kind).toBe("sent");
  const { phone } = await db.user.findUniqueOrThrow({ where: { id: family.actor.id }, select: { phone: true } });
  return latestCodeSentTo(outbox, phone!);
}

function otherCode(code: string): string {
  return code === "000000" ? "000001" : "000000";
}

const consentsOf = (familyId: string) => db.consent.findMany({ where: { familyId }, select: { memberId: true, purpose: true, grantedAt: true }, orderBy: { memberId: "asc" } });

describe("consent codes", () => {
  beforeAll(() => {
    outbox = useTemporaryOutbox();
  });
  afterAll(() => db.$disconnect());

  it("keeps only a hash of the code, and the right code records both parents' consent", async () => {
    const family = await createApplyTestFamily();
    const code = await sendCode(family);
    const challenge = await db.consentChallenge.findFirstOrThrow({ where: { familyId: family.familyId } });
    expect(challenge.codeHash).not.toContain(code);
    expect(challenge.expiresAt).toEqual(new Date(TEST_NOW.getTime() + 10 * 60_000));

    const result = await confirmConsent(family.actor, { code, confirmMemberIds: [family.memberIds.father], applicantAgrees: "yes" }, { now: TEST_NOW });
    expect(result).toEqual({ kind: "recorded", memberIds: [family.memberIds.mother, family.memberIds.father] });
    expect(await consentsOf(family.familyId)).toEqual(
      [family.memberIds.mother, family.memberIds.father].sort().map((memberId) => ({ memberId, purpose: APPLICATION_CONSENT_PURPOSE, grantedAt: TEST_NOW })),
    );
    expect(await db.auditLog.count({ where: { action: "consent.record", entityId: family.familyId } })).toBe(1);
  });

  it("asks for the other adult's confirmation before looking at the code", async () => {
    const family = await createApplyTestFamily();
    const code = await sendCode(family);
    expect(await confirmConsent(family.actor, { code, confirmMemberIds: [], applicantAgrees: "yes" }, { now: TEST_NOW })).toEqual({
      kind: "confirm-others",
      memberIds: [family.memberIds.father],
    });
    expect((await db.consentChallenge.findFirstOrThrow({ where: { familyId: family.familyId } })).attempts).toBe(0);
    expect(await consentsOf(family.familyId)).toEqual([]);
  });

  it("a wrong code counts an attempt and records nothing", async () => {
    const family = await createApplyTestFamily();
    const code = await sendCode(family);
    const result = await confirmConsent(family.actor, { code: otherCode(code), confirmMemberIds: [family.memberIds.father], applicantAgrees: "yes" }, { now: TEST_NOW });
    expect(result).toEqual({ kind: "wrong-code", attemptsLeft: 4 });
    expect(await consentsOf(family.familyId)).toEqual([]);
  });

  it("an expired code is refused, even when right", async () => {
    const family = await createApplyTestFamily();
    const code = await sendCode(family);
    const later = new Date(TEST_NOW.getTime() + 10 * 60_000 + 1);
    expect(await confirmConsent(family.actor, { code, confirmMemberIds: [family.memberIds.father], applicantAgrees: "yes" }, { now: later })).toEqual({ kind: "expired" });
    expect(await consentsOf(family.familyId)).toEqual([]);
  });

  it("after five wrong codes even the right one is refused, until a new code is sent", async () => {
    const family = await createApplyTestFamily();
    const code = await sendCode(family);
    const input = { confirmMemberIds: [family.memberIds.father], applicantAgrees: "yes" as const };
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) answers.push(await confirmConsent(family.actor, { ...input, code: otherCode(code) }, { now: TEST_NOW }));
    expect(answers.map((answer) => answer.kind)).toEqual(["wrong-code", "wrong-code", "wrong-code", "wrong-code", "too-many-attempts"]);
    expect(await confirmConsent(family.actor, { ...input, code }, { now: TEST_NOW })).toEqual({ kind: "too-many-attempts" });
    expect(await consentsOf(family.familyId)).toEqual([]);

    const fresh = await sendCode(family);
    // The old code no longer works once a new one is sent (unless both happen to be equal).
    if (fresh !== code) expect((await confirmConsent(family.actor, { ...input, code }, { now: TEST_NOW })).kind).toBe("wrong-code");
    expect((await confirmConsent(family.actor, { ...input, code: fresh }, { now: TEST_NOW })).kind).toBe("recorded");
  });

  it("another family's code does not work for this family", async () => {
    const family = await createApplyTestFamily();
    const stranger = await createApplyTestFamily();
    await sendCode(family);
    const strangersCode = await sendCode(stranger);
    const result = await confirmConsent(family.actor, { code: strangersCode, confirmMemberIds: [family.memberIds.father], applicantAgrees: "yes" }, { now: TEST_NOW });
    // Six random digits can coincide; only then would the codes be the same.
    const ownCode = latestCodeSentTo(outbox, (await db.user.findUniqueOrThrow({ where: { id: family.actor.id }, select: { phone: true } })).phone!);
    if (ownCode !== strangersCode) expect(result.kind).toBe("wrong-code");
    expect(await consentsOf(stranger.familyId)).toEqual([]);
  });
});
