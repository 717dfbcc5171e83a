// A change in a draft adds one dated value of a parameter. Nothing is overwritten: the
// earlier values stay in the history, and the new one applies from its date on.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import type { AddChangeInput } from "./draft-schemas";
import { assertAuthor, lockVersion } from "./version-guard";

export async function addDraftChange(actor: Actor, input: AddChangeInput): Promise<{ id: string }> {
  assertCan(actor, "edit", "rules");
  try {
    return await db.$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, ["DRAFT"]);
      assertAuthor(actor, version);
      const row = await tx.ruleParameterValue.create({
        data: { versionId: version.id, key: input.key, effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`), value: input.value, source: input.source },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "rules.draft.add-change",
        entityType: "RuleSetVersion",
        entityId: version.id,
        after: { changeId: row.id, key: input.key, effectiveFrom: input.effectiveFrom, value: input.value, source: input.source },
      });
      return row;
    });
  } catch (error) {
    // One value per parameter and date in a version (the schema's unique index).
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "changeExists");
    throw error;
  }
}
