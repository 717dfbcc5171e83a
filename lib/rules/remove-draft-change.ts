// The author takes a change back out of a draft (a draft is a proposal: removing from
// it erases nothing that was ever in force).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { toIsoDate } from "./dates";
import type { RemoveChangeInput } from "./draft-schemas";
import { assertAuthor, lockVersion } from "./version-guard";

export async function removeDraftChange(actor: Actor, input: RemoveChangeInput): Promise<void> {
  assertCan(actor, "edit", "rules");
  await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, input.versionId, ["DRAFT"]);
    assertAuthor(actor, version);
    const change = await tx.ruleParameterValue.findFirst({
      where: { id: input.changeId, versionId: version.id },
      select: { id: true, key: true, effectiveFrom: true, value: true, source: true },
    });
    if (!change) throw new AppError("NOT_FOUND");
    await tx.ruleParameterValue.delete({ where: { id: change.id } });
    await recordAudit(tx, {
      actor,
      action: "rules.draft.remove-change",
      entityType: "RuleSetVersion",
      entityId: version.id,
      before: { changeId: change.id, key: change.key, effectiveFrom: toIsoDate(change.effectiveFrom), value: change.value.toNumber(), source: change.source },
    });
  });
}
