import { describe, expect, it } from "vitest";
import type { MeasureTrace } from "@/lib/eligibility/types";
import { measuresToOffer, OFFERED_MEASURES } from "./offer-rules";

function trace(code: MeasureTrace["code"], outcome: MeasureTrace["outcome"], members: MeasureTrace["members"] = []): MeasureTrace {
  return { code, outcome, amountTenge: null, period: null, members, terms: null, reasons: [], hints: [] };
}

const ALL_OPEN = new Set(OFFERED_MEASURES);

describe("which measures a family is offered", () => {
  it("offers what the engine finds eligible, not what needs a caseworker's review", () => {
    const traces = [trace("UTILITIES_COMPENSATION", "eligible"), trace("ONE_TIME_ASSISTANCE", "review"), trace("SOCIAL_JOBS", "not_eligible")];
    expect(measuresToOffer(traces, new Set(), ALL_OPEN)).toEqual(["UTILITIES_COMPENSATION"]);
  });

  it("offers a per-child measure only when at least one child is eligible", () => {
    const noChild = trace("FREE_KINDERGARTEN", "eligible", [{ memberId: "c1", outcome: "review", amountTenge: null }]);
    const oneChild = trace("SCHOLARSHIP", "eligible", [{ memberId: "c1", outcome: "not_eligible", amountTenge: null }, { memberId: "c2", outcome: "eligible", amountTenge: 5_000 }]);
    expect(measuresToOffer([noChild, oneChild], new Set(), ALL_OPEN)).toEqual(["SCHOLARSHIP"]);
  });

  it("offers nothing the family has applied for or the catalog does not open", () => {
    const traces = [trace("UTILITIES_COMPENSATION", "eligible"), trace("DOWN_PAYMENT_SUBSIDY", "eligible")];
    expect(measuresToOffer(traces, new Set(["UTILITIES_COMPENSATION"]), ALL_OPEN)).toEqual(["DOWN_PAYMENT_SUBSIDY"]);
    expect(measuresToOffer(traces, new Set(), new Set(["UTILITIES_COMPENSATION"]))).toEqual(["UTILITIES_COMPENSATION"]);
  });

  it("never offers the Mothers' Center, which is open to every family anyway", () => {
    expect(OFFERED_MEASURES).not.toContain("MOTHERS_CENTER");
    expect(measuresToOffer([trace("MOTHERS_CENTER", "eligible")], new Set(), ALL_OPEN)).toEqual([]);
  });
});
