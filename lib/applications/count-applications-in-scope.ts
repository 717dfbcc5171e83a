// The work queue's summary: open applications in the reader's reach by deadline state,
// in one pass over the rows (a caseworker's district, or the whole city for supervisors
// and administrators). Citizens have no such view.
import "server-only";
import { Prisma } from "@/prisma/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { District } from "@/prisma/generated/enums";
import { deadlineBoundaries } from "@/lib/work-queue/deadline-state";
import { queueScopeOf } from "@/lib/work-queue/list-work-queue";

export interface ApplicationCounts {
  /** The district counted, or null for the whole city. */
  district: District | null;
  open: number;
  onTrack: number;
  atRisk: number;
  breached: number;
  paused: number;
}

interface CountRow { open: bigint; on_track: bigint; at_risk: bigint; breached: bigint; paused: bigint }

export async function countApplicationsInScope(user: Actor, now: Date = new Date()): Promise<ApplicationCounts> {
  const scope = queueScopeOf(user);
  if (scope.empty) return { district: null, open: 0, onTrack: 0, atRisk: 0, breached: 0, paused: 0 };
  const boundaries = deadlineBoundaries(now);
  // Columns are timestamp without time zone holding UTC; ISO strings cast to it keep the instant.
  const breachedBefore = Prisma.sql`${boundaries.breachedBefore.toISOString()}::timestamp`;
  const atRiskBefore = Prisma.sql`${boundaries.atRiskBefore.toISOString()}::timestamp`;
  // The same statuses and boundaries as lib/work-queue/deadline-state.ts.
  const districtCondition = scope.district
    ? Prisma.sql`AND a."district" = ${scope.district}::"District"`
    : Prisma.empty;
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT
      COUNT(*) AS open,
      COUNT(*) FILTER (WHERE a.status <> 'INFORMATION_REQUESTED' AND a."dueAt" >= ${atRiskBefore}) AS on_track,
      COUNT(*) FILTER (WHERE a.status <> 'INFORMATION_REQUESTED' AND a."dueAt" >= ${breachedBefore} AND a."dueAt" < ${atRiskBefore}) AS at_risk,
      COUNT(*) FILTER (WHERE a.status <> 'INFORMATION_REQUESTED' AND a."dueAt" < ${breachedBefore}) AS breached,
      COUNT(*) FILTER (WHERE a.status = 'INFORMATION_REQUESTED') AS paused
    FROM "Application" a
    WHERE a.status IN ('SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'APPEALED') ${districtCondition}`;
  const row = rows[0];
  return {
    district: scope.district,
    open: Number(row?.open ?? 0),
    onTrack: Number(row?.on_track ?? 0),
    atRisk: Number(row?.at_risk ?? 0),
    breached: Number(row?.breached ?? 0),
    paused: Number(row?.paused ?? 0),
  };
}
