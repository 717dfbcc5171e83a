// The caseworker's latest request for information and its answer deadline. The family may
// answer while the application is INFORMATION_REQUESTED and the deadline has not passed.
import type { ApplicationStatus, TimelineEventType } from "@/prisma/generated/enums";

export interface RequestEvent {
  type: TimelineEventType;
  message: string | null;
  respondBy: Date | null;
  createdAt: Date;
  isInternal: boolean;
}

/** The newest INFORMATION_REQUESTED event visible to the family, if any. */
export function latestInformationRequest<T extends RequestEvent>(events: readonly T[]): T | null {
  let latest: T | null = null;
  for (const event of events) {
    if (event.type !== "INFORMATION_REQUESTED" || event.isInternal) continue;
    if (!latest || event.createdAt > latest.createdAt) latest = event;
  }
  return latest;
}

/** Whether the deadline of `request` has passed at `now` (no deadline: never). */
export function isPastDeadline(request: Pick<RequestEvent, "respondBy"> | null, now: Date): boolean {
  return request?.respondBy != null && now.getTime() > request.respondBy.getTime();
}

export function canAnswerNow(status: ApplicationStatus, request: Pick<RequestEvent, "respondBy"> | null, now: Date): boolean {
  return status === "INFORMATION_REQUESTED" && request !== null && !isPastDeadline(request, now);
}
