// The rule version in force when deciding: the latest published one (none: the defaults shipped with the code).
import type { Tx } from "./run-review-change";

export async function latestPublishedRuleSetVersionId(tx: Tx): Promise<string | null> {
  const version = await tx.ruleSetVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true },
  });
  return version?.id ?? null;
}
