// An administrator opens a draft version: a title and the reason for the change.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { DraftDetailsInput } from "./draft-schemas";

export async function createDraft(actor: Actor, input: DraftDetailsInput): Promise<{ id: string }> {
  assertCan(actor, "edit", "rules");
  return db.$transaction(async (tx) => {
    const version = await tx.ruleSetVersion.create({
      data: { title: input.title, reason: input.reason, status: "DRAFT", createdById: actor.id },
      select: { id: true, title: true, reason: true, status: true },
    });
    await recordAudit(tx, { actor, action: "rules.draft.create", entityType: "RuleSetVersion", entityId: version.id, after: version });
    return { id: version.id };
  });
}
