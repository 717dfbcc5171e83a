// Deadlines count working days on Almaty's calendar: weekends and Kazakhstan's public
// holidays (with weekend transfers) are skipped, and a pause gives the days back.
import { describe, expect, it } from "vitest";
import { holidaysOf, isWorkingDay } from "./kazakhstan-holidays";
import { addWorkingDays, deadlineAfterPause, workingDaysBetween } from "./working-days";

describe("Kazakhstan's public holidays", () => {
  it("include the fixed holidays and Kurban Ait of the year", () => {
    const days = holidaysOf(2026);
    for (const day of ["2026-01-01", "2026-01-02", "2026-01-07", "2026-03-23", "2026-05-01", "2026-05-07", "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"]) {
      expect(days.has(day), day).toBe(true);
    }
  });

  it("move a secular holiday on a weekend to the next working day, and a religious one not", () => {
    // 8 March 2026 is a Sunday: Monday 9 March is off.
    expect(isWorkingDay("2026-03-09")).toBe(false);
    // Nauryz 2026 is Saturday to Monday: the Saturday and Sunday move to Tuesday and Wednesday.
    expect(["2026-03-23", "2026-03-24", "2026-03-25"].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay("2026-03-26")).toBe(true);
    // Republic Day, 25 October 2026, is a Sunday.
    expect(isWorkingDay("2026-10-26")).toBe(false);
    // Orthodox Christmas 2023 fell on a Saturday and was not moved.
    expect(isWorkingDay("2023-01-09")).toBe(true);
  });

  it("leave ordinary weekdays as working days", () => {
    expect(isWorkingDay("2026-11-26")).toBe(true);
    expect(isWorkingDay("2026-11-28")).toBe(false);
  });
});

describe("working-day arithmetic", () => {
  it("counts ten working days, skipping weekends on Almaty's calendar", () => {
    expect(addWorkingDays(new Date("2026-11-26T06:00:00.000Z"), 10)).toEqual(new Date("2026-12-10T06:00:00.000Z"));
    // Friday 20:00 UTC is already Saturday 01:00 in Almaty: one working day later is
    // Monday 01:00 in Almaty (Sunday 20:00 UTC), not Monday evening.
    expect(addWorkingDays(new Date("2026-11-27T20:00:00.000Z"), 1)).toEqual(new Date("2026-11-29T20:00:00.000Z"));
  });

  it("skips holidays: from 15 December 2026, one working day is 17 December", () => {
    expect(addWorkingDays(new Date("2026-12-15T06:00:00.000Z"), 1)).toEqual(new Date("2026-12-17T06:00:00.000Z"));
    // Friday 20 March 2026: the next working day after Nauryz and its transfers is Thursday 26 March.
    expect(addWorkingDays(new Date("2026-03-20T06:00:00.000Z"), 1)).toEqual(new Date("2026-03-26T06:00:00.000Z"));
  });

  it("counts the working days between two moments", () => {
    expect(workingDaysBetween(new Date("2026-11-30T06:00:00.000Z"), new Date("2026-11-30T12:00:00.000Z"))).toBe(0);
    expect(workingDaysBetween(new Date("2026-11-30T06:00:00.000Z"), new Date("2026-12-02T06:00:00.000Z"))).toBe(2);
    expect(workingDaysBetween(new Date("2026-12-11T06:00:00.000Z"), new Date("2026-12-18T06:00:00.000Z"))).toBe(4);
    expect(workingDaysBetween(new Date("2026-12-02T06:00:00.000Z"), new Date("2026-11-30T06:00:00.000Z"))).toBe(0);
  });

  it("gives the deadline back the working days a pause took", () => {
    const dueAt = new Date("2026-12-10T06:00:00.000Z");
    expect(deadlineAfterPause(dueAt, new Date("2026-11-30T06:00:00.000Z"), new Date("2026-12-02T09:00:00.000Z"))).toEqual(new Date("2026-12-14T06:00:00.000Z"));
    expect(deadlineAfterPause(dueAt, new Date("2026-11-30T06:00:00.000Z"), new Date("2026-11-30T09:00:00.000Z"))).toEqual(dueAt);
  });
});
