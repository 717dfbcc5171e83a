// One rule version with its changes, for its page.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isParameterKey, type ParameterKey } from "@/lib/eligibility/parameters/definitions";
import { AppError } from "@/lib/errors/app-error";
import type { RuleVersionStatus } from "@/prisma/generated/enums";
import { toIsoDate } from "./dates";

export interface VersionChange {
  id: string;
  key: ParameterKey;
  effectiveFrom: string;
  value: number;
  source: string | null;
}

export interface VersionDetail {
  id: string;
  title: string;
  reason: string;
  status: RuleVersionStatus;
  createdById: string | null;
  authorName: string | null;
  approverName: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  changes: VersionChange[];
  /** The earliest date a change takes effect, or null for an empty draft. */
  firstEffectiveDate: string | null;
}

export async function loadVersion(actor: Actor, versionId: string): Promise<VersionDetail> {
  assertCan(actor, "edit", "rules");
  const version = await db.ruleSetVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true, title: true, reason: true, status: true, createdById: true, createdAt: true, publishedAt: true,
      createdBy: { select: { fullName: true } },
      approvedBy: { select: { fullName: true } },
      values: { orderBy: [{ effectiveFrom: "asc" }, { key: "asc" }], select: { id: true, key: true, effectiveFrom: true, value: true, source: true } },
    },
  });
  if (!version) throw new AppError("NOT_FOUND");
  const changes = version.values
    .filter((row): row is typeof row & { key: ParameterKey } => isParameterKey(row.key))
    .map((row) => ({ id: row.id, key: row.key, effectiveFrom: toIsoDate(row.effectiveFrom), value: row.value.toNumber(), source: row.source }));
  return {
    id: version.id, title: version.title, reason: version.reason, status: version.status, createdById: version.createdById,
    authorName: version.createdBy?.fullName ?? null, approverName: version.approvedBy?.fullName ?? null,
    createdAt: version.createdAt, publishedAt: version.publishedAt, changes,
    firstEffectiveDate: changes[0]?.effectiveFrom ?? null,
  };
}
