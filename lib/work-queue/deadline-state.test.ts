// The deadline badge and the queue's deadline filter share one set of boundaries; these
// tests pin them to lib/calendar's working days, holidays included.
import { describe, expect, it } from "vitest";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { deadlineBoundaries, deadlineStateOf } from "./deadline-state";

// Almaty is UTC+5: 04:00Z is 09:00 in Almaty.
const at = (iso: string) => new Date(iso);

describe("deadline state", () => {
  // Thursday 26 November 2026, 10:00 in Almaty.
  const now = at("2026-11-26T05:00:00Z");

  it("is paused while the family is asked for information, whatever the date", () => {
    expect(deadlineStateOf("INFORMATION_REQUESTED", at("2026-01-01T00:00:00Z"), now)).toBe("paused");
    expect(deadlineStateOf("INFORMATION_REQUESTED", null, now)).toBe("paused");
  });

  it("has no deadline for closed applications, drafts, or an open one without a due date", () => {
    for (const status of ["DRAFT", "APPROVED", "REJECTED", "WITHDRAWN"] as const) {
      expect(deadlineStateOf(status, at("2026-11-20T00:00:00Z"), now)).toBeNull();
    }
    expect(deadlineStateOf("IN_REVIEW", null, now)).toBeNull();
  });

  it("is breached once the due moment has passed, even by a minute", () => {
    expect(deadlineStateOf("IN_REVIEW", at("2026-11-26T04:59:00Z"), now)).toBe("breached");
    expect(deadlineStateOf("SUBMITTED", at("2026-11-26T05:00:00Z"), now)).toBe("at-risk");
    expect(deadlineStateOf("APPEALED", at("2026-10-01T05:00:00Z"), now)).toBe("breached");
  });

  it("is at risk with at most two working days left, skipping the weekend", () => {
    // Friday 27 and Monday 30 November are the next two working days.
    expect(deadlineStateOf("IN_REVIEW", at("2026-11-27T12:00:00Z"), now)).toBe("at-risk");
    expect(deadlineStateOf("IN_REVIEW", at("2026-11-29T12:00:00Z"), now)).toBe("at-risk");
    expect(deadlineStateOf("IN_REVIEW", at("2026-11-30T18:59:59Z"), now)).toBe("at-risk");
    // Tuesday 1 December (from 00:00 Almaty = 19:00Z the day before) is the third working day.
    expect(deadlineStateOf("IN_REVIEW", at("2026-11-30T19:00:00Z"), now)).toBe("on-track");
    expect(deadlineStateOf("IN_REVIEW", at("2026-12-10T05:00:00Z"), now)).toBe("on-track");
  });

  it("does not count public holidays as days left", () => {
    // Monday 14 December 2026, 10:00; Independence Day (Wednesday 16 December) is a day off.
    const beforeHoliday = at("2026-12-14T05:00:00Z");
    expect(deadlineStateOf("IN_REVIEW", at("2026-12-17T05:00:00Z"), beforeHoliday)).toBe("at-risk");
    expect(deadlineStateOf("IN_REVIEW", at("2026-12-18T05:00:00Z"), beforeHoliday)).toBe("on-track");
    // Friday 20 March 2026: Nauryz makes 23, 24 and 25 March days off, so Thursday 26 is the first working day after the weekend.
    const beforeNauryz = at("2026-03-20T05:00:00Z");
    expect(deadlineStateOf("SUBMITTED", at("2026-03-26T05:00:00Z"), beforeNauryz)).toBe("at-risk");
    expect(deadlineStateOf("SUBMITTED", at("2026-03-27T05:00:00Z"), beforeNauryz)).toBe("at-risk");
    expect(deadlineStateOf("SUBMITTED", at("2026-03-30T05:00:00Z"), beforeNauryz)).toBe("on-track");
  });

  it("agrees with lib/calendar's count of working days left, hour by hour over a year", () => {
    const start = at("2026-01-01T00:00:00Z").getTime();
    for (let hour = 0; hour < 24 * 366; hour += 7) {
      const moment = new Date(start + hour * 3_600_000);
      for (const offsetHours of [1, 20, 45, 70, 95, 130, 170]) {
        const dueAt = new Date(moment.getTime() + offsetHours * 3_600_000);
        const expected = workingDaysBetween(moment, dueAt) <= 2 ? "at-risk" : "on-track";
        expect(deadlineStateOf("IN_REVIEW", dueAt, moment), `${moment.toISOString()} → ${dueAt.toISOString()}`).toBe(expected);
      }
    }
  });

  it("gives the filter an at-risk boundary at the start of an Almaty day", () => {
    const { breachedBefore, atRiskBefore } = deadlineBoundaries(now);
    expect(breachedBefore).toEqual(now);
    expect(atRiskBefore.toISOString()).toBe("2026-11-30T19:00:00.000Z");
  });
});
