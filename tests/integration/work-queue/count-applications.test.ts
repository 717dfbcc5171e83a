// The queue's summary counts open applications in the reader's reach by deadline state,
// with the same boundaries as the queue's filter (other test files write to the same
// database at the same time, so the checks are about reach and consistency, not totals).
import { afterAll, describe, expect, it } from "vitest";
import { countApplicationsInScope } from "@/lib/applications/count-applications-in-scope";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createApplication, createFamilyIn, createStaff, days, NOW } from "./fixtures";

describe("the queue's summary counts", () => {
  afterAll(() => db.$disconnect());

  it("refuse a citizen and count a caseworker's district only", async () => {
    const family = await createFamilyIn("ALATAU");
    await expect(countApplicationsInScope(family.actor, NOW)).rejects.toEqual(new AppError("FORBIDDEN"));
    const caseworker = await createStaff("CASEWORKER", "ALATAU");
    expect((await countApplicationsInScope(caseworker, NOW)).district).toBe("ALATAU");
    expect((await countApplicationsInScope(await createStaff("SUPERVISOR"), NOW)).district).toBeNull();
    expect(await countApplicationsInScope({ ...caseworker, district: null }, NOW)).toEqual({ district: null, open: 0, onTrack: 0, atRisk: 0, breached: 0, paused: 0 });
  });

  it("put every running deadline on one side of 'now': all breached long after, none long before", async () => {
    const family = await createFamilyIn("MEDEU");
    await createApplication(family.familyId, { dueAt: days(1), measure: "SOCIAL_JOBS" });
    await createApplication(family.familyId, { status: "INFORMATION_REQUESTED", measure: "MOTHERS_CENTER" });
    const caseworker = await createStaff("CASEWORKER", "MEDEU");
    const later = await countApplicationsInScope(caseworker, new Date("2100-01-01T00:00:00Z"));
    expect(later.onTrack + later.atRisk).toBe(0);
    expect(later.breached).toBeGreaterThanOrEqual(1);
    expect(later.paused).toBeGreaterThanOrEqual(1);
    const earlier = await countApplicationsInScope(caseworker, new Date("2000-01-01T00:00:00Z"));
    expect(earlier.breached + earlier.atRisk).toBe(0);
    expect(earlier.onTrack).toBeGreaterThanOrEqual(1);
    for (const counts of [later, earlier]) {
      expect(counts.onTrack + counts.atRisk + counts.breached + counts.paused).toBeLessThanOrEqual(counts.open);
    }
  });
});
