// The author takes a draft back from approval to correct it (e.g. after a failing case
// or a comment from the approver). Published versions cannot be withdrawn.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { assertAuthor, lockVersion } from "./version-guard";

export async function withdrawDraft(actor: Actor, versionId: string): Promise<void> {
  assertCan(actor, "edit", "rules");
  await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, versionId, ["AWAITING_APPROVAL"]);
    assertAuthor(actor, version);
    await tx.ruleSetVersion.update({ where: { id: versionId }, data: { status: "DRAFT" } });
    await recordAudit(tx, {
      actor,
      action: "rules.draft.withdraw",
      entityType: "RuleSetVersion",
      entityId: versionId,
      before: { status: "AWAITING_APPROVAL" },
      after: { status: "DRAFT" },
    });
  });
}
