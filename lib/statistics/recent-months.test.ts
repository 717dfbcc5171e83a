import { describe, expect, it } from "vitest";
import { recentMonths } from "./recent-months";
import { publishableCount } from "./small-count";

describe("recent months", () => {
  it("ends with the current month in Almaty and crosses the year boundary", () => {
    expect(recentMonths(new Date("2026-02-10T00:00:00Z"), 4)).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    // 31 December 20:00 UTC is already 1 January in Almaty.
    expect(recentMonths(new Date("2026-12-31T20:00:00Z"), 2)).toEqual(["2026-12-01", "2027-01-01"]);
  });
});

describe("small counts", () => {
  it("suppresses 1 to 9 and shows zero and 10 or more", () => {
    expect([0, 1, 9, 10, 250].map(publishableCount)).toEqual([0, null, null, 10, 250]);
  });
});
