// The rule versions administrators work on: drafts and versions awaiting approval first,
// then the published ones, newest first.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { RuleVersionStatus } from "@/prisma/generated/enums";

export interface VersionSummary {
  id: string;
  title: string;
  status: RuleVersionStatus;
  authorName: string | null;
  changes: number;
  createdAt: Date;
  publishedAt: Date | null;
}

const STATUS_ORDER: Record<RuleVersionStatus, number> = { AWAITING_APPROVAL: 0, DRAFT: 1, PUBLISHED: 2 };

export async function listVersions(actor: Actor): Promise<VersionSummary[]> {
  assertCan(actor, "edit", "rules");
  const versions = await db.ruleSetVersion.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true, title: true, status: true, createdAt: true, publishedAt: true,
      createdBy: { select: { fullName: true } },
      _count: { select: { values: true } },
    },
  });
  return versions
    .map((version) => ({
      id: version.id, title: version.title, status: version.status, createdAt: version.createdAt, publishedAt: version.publishedAt,
      authorName: version.createdBy?.fullName ?? null, changes: version._count.values,
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}
