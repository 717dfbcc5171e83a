import { describe, expect, it } from "vitest";
import { addMonths, currentPeriodMonth, firstDayOf, isPeriodMonth, lastDayOf, periodMonthDate, periodMonthOf } from "./period-month";

describe("payment months", () => {
  it("reads only real months written YYYY-MM", () => {
    expect(["2026-12", "2027-01"].every(isPeriodMonth)).toBe(true);
    expect(["2026-13", "2026-00", "2026-1", "2026-12-01", "", "1899-01"].some(isPeriodMonth)).toBe(false);
  });

  it("knows the first and last day, leap years included", () => {
    expect(firstDayOf("2026-12")).toBe("2026-12-01");
    expect(lastDayOf("2026-12")).toBe("2026-12-31");
    expect(lastDayOf("2027-02")).toBe("2027-02-28");
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(lastDayOf("2026-04")).toBe("2026-04-30");
  });

  it("moves across years and round-trips through the stored date", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(periodMonthOf(periodMonthDate("2026-12"))).toBe("2026-12");
  });

  it("takes the month from Almaty's calendar, not UTC's", () => {
    // 20:30 UTC on 30 November is 01:30 on 1 December in Almaty (UTC+5).
    expect(currentPeriodMonth(new Date("2026-11-30T20:30:00Z"))).toBe("2026-12");
    expect(currentPeriodMonth(new Date("2026-11-30T18:00:00Z"))).toBe("2026-11");
  });
});
