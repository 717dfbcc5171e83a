import { describe, expect, it } from "vitest";
import { isMeasureOpenForApplications, OPEN_ALL_YEAR, quotaPeriod, type CatalogSetting } from "./measure-availability";

const MARCH_WINDOW: CatalogSetting = { status: "OPEN", windowStartsOn: "2026-03-11", windowEndsOn: "2026-03-15", quota: null };

describe("a measure open for applications", () => {
  it("is open all year without a catalog row", () => {
    expect(isMeasureOpenForApplications(null, "2026-11-26", 0)).toEqual({ isOpen: true, status: "open", closesOn: null });
  });

  it("is not open while paused or closed, whatever the window and quota say", () => {
    expect(isMeasureOpenForApplications({ ...MARCH_WINDOW, status: "PAUSED" }, "2026-03-12", 0)).toEqual({ isOpen: false, status: "paused" });
    expect(isMeasureOpenForApplications({ ...OPEN_ALL_YEAR, status: "CLOSED" }, "2026-03-12", 0)).toEqual({ isOpen: false, status: "closed" });
  });

  it("opens on the window's first day and closes after its last (11–15 March)", () => {
    expect(isMeasureOpenForApplications(MARCH_WINDOW, "2026-03-10", 0)).toEqual({ isOpen: false, status: "not-yet-open", opensOn: "2026-03-11" });
    expect(isMeasureOpenForApplications(MARCH_WINDOW, "2026-03-11", 0)).toEqual({ isOpen: true, status: "open", closesOn: "2026-03-15" });
    expect(isMeasureOpenForApplications(MARCH_WINDOW, "2026-03-15", 0)).toEqual({ isOpen: true, status: "open", closesOn: "2026-03-15" });
    expect(isMeasureOpenForApplications(MARCH_WINDOW, "2026-03-16", 0)).toEqual({ isOpen: false, status: "window-ended", closedOn: "2026-03-15" });
  });

  it("stops at the quota: one approval short is still open, the quota itself is not", () => {
    const setting: CatalogSetting = { ...OPEN_ALL_YEAR, quota: 200 };
    expect(isMeasureOpenForApplications(setting, "2026-11-26", 199).isOpen).toBe(true);
    expect(isMeasureOpenForApplications(setting, "2026-11-26", 200)).toEqual({ isOpen: false, status: "quota-reached", quota: 200 });
    expect(isMeasureOpenForApplications(setting, "2026-11-26", 250).isOpen).toBe(false);
  });

  it("reports the window before the quota: outside the window the dates are what the family needs", () => {
    expect(isMeasureOpenForApplications({ ...MARCH_WINDOW, quota: 1 }, "2026-04-01", 5).status).toBe("window-ended");
  });

  it("counts the quota over the window, or over the calendar year without one", () => {
    expect(quotaPeriod(MARCH_WINDOW, "2026-03-12")).toEqual({ from: "2026-03-11", to: "2026-03-15" });
    expect(quotaPeriod(OPEN_ALL_YEAR, "2026-11-26")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});
