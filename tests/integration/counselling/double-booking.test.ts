// One counselling time, two families submitting at once: exactly one booking; the other
// family hears "this time was just taken" and nothing of theirs is written.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraftStep } from "@/lib/applications/drafts/save-draft-step";
import { startDraft } from "@/lib/applications/drafts/start-draft";
import { submitApplication } from "@/lib/applications/drafts/submit-application";
import { db } from "@/lib/db/client";
import { TEST_NOW, createApplyTestFamily, recordAllConsents, useTemporaryOutbox, type ApplyTestFamily } from "../applications/support/apply-test-family";

let outbox: string;

async function mothersCenterDraft(family: ApplyTestFamily, slotId: string): Promise<string> {
  const started = await startDraft(family.actor, "MOTHERS_CENTER");
  if (started.kind !== "draft") throw new Error("expected a draft");
  for (const [step, answers] of [
    ["counselling-kind", { counsellingKind: "LEGAL" }],
    ["counselling-venue", { counsellingVenue: "CITY_CENTER" }],
    ["counselling-slot", { slotId }],
  ] as const) {
    const saved = await saveDraftStep(family.actor, "MOTHERS_CENTER", step, answers, { now: TEST_NOW });
    if (!saved.ok) throw new Error(saved.errorKey);
  }
  return started.applicationId;
}

describe("counselling bookings", () => {
  beforeAll(() => {
    outbox = useTemporaryOutbox();
  });
  afterAll(() => db.$disconnect());

  it("two families, one slot, submitted at once: exactly one booking", async () => {
    const slot = await db.counsellingSlot.create({
      data: { id: `slot_test_${randomUUID()}`, kind: "LEGAL", venue: "CITY_CENTER", startsAt: new Date(TEST_NOW.getTime() + 2 * 86_400_000), counsellorName: "Ахметова Сауле Болатовна" },
    });
    const families = [await createApplyTestFamily(), await createApplyTestFamily()];
    for (const family of families) await recordAllConsents(family, outbox);
    const drafts = [await mothersCenterDraft(families[0]!, slot.id), await mothersCenterDraft(families[1]!, slot.id)];

    const results = await Promise.all(families.map((family, index) => submitApplication(family.actor, drafts[index]!, { now: TEST_NOW })));
    expect(results.map((result) => result.kind).sort()).toEqual(["slot-taken", "submitted"]);

    const bookings = await db.counsellingBooking.findMany({ where: { slotId: slot.id } });
    expect(bookings).toHaveLength(1);
    const winner = results.findIndex((result) => result.kind === "submitted");
    const loser = 1 - winner;
    expect(bookings[0]).toMatchObject({ familyId: families[winner]!.familyId, applicationId: drafts[winner] });

    // The loser's draft is untouched and can choose another time.
    const lost = await db.application.findUniqueOrThrow({ where: { id: drafts[loser]! } });
    expect(lost.status).toBe("DRAFT");
    expect(await db.timelineEvent.count({ where: { applicationId: drafts[loser]!, type: "SUBMITTED" } })).toBe(0);
    expect(await db.notification.count({ where: { userId: families[loser]!.actor.id, template: "application.submitted" } })).toBe(0);
  });

  it("a time already booked is refused at the time step", async () => {
    const slot = await db.counsellingSlot.create({
      data: { id: `slot_test_${randomUUID()}`, kind: "PSYCHOLOGICAL", venue: "PARTNER_NGO", startsAt: new Date(TEST_NOW.getTime() + 3 * 86_400_000), counsellorName: "Иванова Ольга Петровна" },
    });
    const [first, second] = [await createApplyTestFamily(), await createApplyTestFamily()];
    await db.counsellingBooking.create({ data: { slotId: slot.id, familyId: first.familyId } });
    await startDraft(second.actor, "MOTHERS_CENTER");
    await saveDraftStep(second.actor, "MOTHERS_CENTER", "counselling-kind", { counsellingKind: "PSYCHOLOGICAL" }, { now: TEST_NOW });
    await saveDraftStep(second.actor, "MOTHERS_CENTER", "counselling-venue", { counsellingVenue: "PARTNER_NGO" }, { now: TEST_NOW });
    expect(await saveDraftStep(second.actor, "MOTHERS_CENTER", "counselling-slot", { slotId: slot.id }, { now: TEST_NOW })).toEqual({ ok: false, field: "slotId", errorKey: "slotTaken" });
  });
});
