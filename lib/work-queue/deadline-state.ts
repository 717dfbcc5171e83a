// Where an open application stands against its statutory decision deadline. The same
// boundaries serve the badge in a row (deadlineStateOf) and the queue's filter in SQL
// (deadlineBoundaries), so a filtered list never shows a row with another badge.
import { addWorkingDays } from "@/lib/calendar/working-days";
import type { ApplicationStatus } from "@/prisma/generated/enums";

export const DEADLINE_STATES = ["on-track", "at-risk", "breached", "paused"] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** An application "at risk" has at most this many working days left. */
export const AT_RISK_WORKING_DAYS = 2;

/** Open statuses whose deadline clock runs; INFORMATION_REQUESTED is open but paused. */
export const RUNNING_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "IN_REVIEW", "APPEALED"];
export const PAUSED_STATUS: ApplicationStatus = "INFORMATION_REQUESTED";

// Almaty is at UTC+5 all year (as in lib/calendar/working-days.ts).
const ALMATY_OFFSET_MS = 5 * 3_600_000;

function startOfAlmatyDay(instant: Date): Date {
  const day = new Date(instant.getTime() + ALMATY_OFFSET_MS).toISOString().slice(0, 10);
  return new Date(new Date(`${day}T00:00:00Z`).getTime() - ALMATY_OFFSET_MS);
}

export interface DeadlineBoundaries {
  /** A running deadline before this instant is breached. */
  breachedBefore: Date;
  /**
   * A running deadline before this instant (and not breached) is at risk: it is the start
   * of the Almaty day that is the third working day after today, so any deadline earlier
   * than it has at most two working days left (lib/calendar's workingDaysBetween).
   */
  atRiskBefore: Date;
}

export function deadlineBoundaries(now: Date): DeadlineBoundaries {
  return { breachedBefore: now, atRiskBefore: startOfAlmatyDay(addWorkingDays(now, AT_RISK_WORKING_DAYS + 1)) };
}

/**
 * The deadline state of an application, or null when no deadline applies (a closed
 * application, or an open one without a due date).
 */
export function deadlineStateOf(status: ApplicationStatus, dueAt: Date | null, now: Date): DeadlineState | null {
  if (status === PAUSED_STATUS) return "paused";
  if (!RUNNING_STATUSES.includes(status) || !dueAt) return null;
  const { breachedBefore, atRiskBefore } = deadlineBoundaries(now);
  if (dueAt < breachedBefore) return "breached";
  if (dueAt < atRiskBefore) return "at-risk";
  return "on-track";
}
