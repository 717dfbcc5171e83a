// The author hands a draft over for a second administrator's approval. From then on the
// draft is frozen: every change action accepts DRAFT versions only.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { firstAllowedEffectiveDate, toIsoDate } from "./dates";
import { assertAuthor, lockVersion } from "./version-guard";

export async function submitDraft(actor: Actor, versionId: string, now: Date): Promise<void> {
  assertCan(actor, "edit", "rules");
  await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, versionId, ["DRAFT"]);
    assertAuthor(actor, version);
    const changes = await tx.ruleParameterValue.findMany({ where: { versionId }, select: { effectiveFrom: true } });
    if (changes.length === 0) throw new AppError("CONFLICT", "draftEmpty");
    const firstDate = firstAllowedEffectiveDate(now);
    if (changes.some((change) => toIsoDate(change.effectiveFrom) < firstDate)) throw new AppError("CONFLICT", "datePassed");
    await tx.ruleSetVersion.update({ where: { id: versionId }, data: { status: "AWAITING_APPROVAL" } });
    await recordAudit(tx, {
      actor,
      action: "rules.draft.submit",
      entityType: "RuleSetVersion",
      entityId: versionId,
      before: { status: "DRAFT" },
      after: { status: "AWAITING_APPROVAL", changes: changes.length },
    });
  });
}
