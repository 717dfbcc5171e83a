// The author corrects a draft's title or reason while it is still a draft.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { UpdateDraftInput } from "./draft-schemas";
import { assertAuthor, lockVersion } from "./version-guard";

export async function updateDraft(actor: Actor, input: UpdateDraftInput): Promise<void> {
  assertCan(actor, "edit", "rules");
  await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, input.versionId, ["DRAFT"]);
    assertAuthor(actor, version);
    await tx.ruleSetVersion.update({ where: { id: version.id }, data: { title: input.title, reason: input.reason } });
    await recordAudit(tx, {
      actor,
      action: "rules.draft.update",
      entityType: "RuleSetVersion",
      entityId: version.id,
      before: { title: version.title, reason: version.reason },
      after: { title: input.title, reason: input.reason },
    });
  });
}
