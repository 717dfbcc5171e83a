// A free-kindergarten draft ready to submit (consents recorded, the child chosen): what the
// reliability tests submit at once, or with the database cut.
import { saveDraftStep } from "@/lib/applications/drafts/save-draft-step";
import { startDraft } from "@/lib/applications/drafts/start-draft";
import { TEST_NOW, createApplyTestFamily, recordAllConsents, type ApplyTestFamily } from "../../integration/applications/support/apply-test-family";

export async function readyDraft(outbox: string): Promise<{ family: ApplyTestFamily; draftId: string }> {
  const family = await createApplyTestFamily();
  await recordAllConsents(family, outbox);
  const started = await startDraft(family.actor, "FREE_KINDERGARTEN");
  if (started.kind !== "draft") throw new Error(`expected a draft, got ${started.kind}`);
  const saved = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.kindergartenYounger] }, { now: TEST_NOW });
  if (!saved.ok) throw new Error(saved.errorKey);
  return { family, draftId: started.applicationId };
}
