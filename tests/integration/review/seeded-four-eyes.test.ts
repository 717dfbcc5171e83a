// The seed's approvals of the large-money measures follow the four-eyes rule: the
// decision requires a second approval, confirmed by a supervisor other than the caseworker
// who approved first; the first approval is a staff-only event and the confirmation is
// what makes the application APPROVED.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { SECOND_APPROVAL_MEASURES } from "@/lib/review/decision-rules";
import type { District, Measure } from "@/prisma/generated/enums";
import { buildApplicationHistory, createCitizenWithFamily, DISTRICTS, emptyApplicationRows, type ApplicationContext } from "@/prisma/seed/factories";
import { createRandom } from "@/prisma/seed/random";

function context(): ApplicationContext {
  let serial = 0;
  let audit = 0;
  return {
    asOf: "2026-11-01",
    parameters: resolveParameterSet(DEFAULT_PARAMETERS, "2026-11-01"),
    caseworkersByDistrict: Object.fromEntries(DISTRICTS.map((district) => [district, ["usr_cw_1", "usr_cw_2"]])) as unknown as Record<District, readonly string[]>,
    supervisorIds: ["usr_sup_1", "usr_sup_2"],
    paymentRuns: [],
    nextReferenceSerial: () => ++serial,
    nextAuditId: () => ++audit,
  };
}

describe("seeded decisions of large sums", () => {
  afterAll(() => db.$disconnect());

  it.each([...SECOND_APPROVAL_MEASURES])("an approved %s has a second approval by a different supervisor", async (measure: Measure) => {
    const family = await createCitizenWithFamily(db, { district: "ALMALY" });
    let built = 0;
    for (let seed = 0; seed < 5; seed++) {
      const rows = emptyApplicationRows();
      const created = buildApplicationHistory(createRandom(`four-eyes-${measure}-${seed}`), family, { measure, memberId: null, status: "APPROVED" }, context(), rows, { id: `app_fe${seed}` });
      if (!created) continue;
      built += 1;
      const [decision] = rows.decisions;
      expect(decision).toMatchObject({ outcome: "APPROVED", requiresSecondApproval: true });
      expect(decision?.secondApproverId).toMatch(/^usr_sup_/);
      expect(decision?.secondApproverId).not.toBe(decision?.decidedById);
      expect(decision?.secondApprovedAt).toBeInstanceOf(Date);
      const first = rows.timeline.find((event) => event.type === "APPROVED");
      const second = rows.timeline.find((event) => event.type === "SECOND_APPROVAL");
      expect(first).toMatchObject({ isInternal: true, toStatus: null });
      expect(second).toMatchObject({ isInternal: false, fromStatus: "IN_REVIEW", toStatus: "APPROVED", actorId: decision?.secondApproverId });
      expect(rows.applications[0]?.decidedAt).toEqual(second?.createdAt);
    }
    expect(built).toBeGreaterThan(0);
  });

  it("other measures are approved by one person", async () => {
    const family = await createCitizenWithFamily(db, { district: "ALMALY" });
    const rows = emptyApplicationRows();
    expect(buildApplicationHistory(createRandom("one-person"), family, { measure: "UTILITIES_COMPENSATION", memberId: null, status: "APPROVED" }, context(), rows, { id: "app_op1" })).not.toBeNull();
    expect(rows.decisions[0]).toMatchObject({ requiresSecondApproval: false, secondApproverId: null });
    expect(rows.timeline.some((event) => event.type === "SECOND_APPROVAL")).toBe(false);
  });
});
