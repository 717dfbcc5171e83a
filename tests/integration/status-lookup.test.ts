// The public status lookup: a reference number and the applicant's date of birth show
// the status and dates, nothing personal; anything else gets one and the same answer,
// and guessing is throttled per client and per reference.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextApplicationReference } from "@/lib/applications/reference";
import {
  STATUS_LOOKUP_CLIENT_LIMIT,
  STATUS_LOOKUP_REFERENCE_LIMIT,
  lookupApplicationStatus,
  statusLookupSchema,
} from "@/lib/applications/lookup-application-status";
import { db } from "@/lib/db/client";
import { parseIin } from "@/lib/iin";
import { createCitizenWithFamily } from "@/prisma/seed/factories";

const newClient = () => ({ address: `203.0.113.${randomUUID()}` });

describe("application status lookup", () => {
  let reference: string;
  let birthDate: string;
  let applicantIin: string;
  let applicantName: string;

  beforeAll(async () => {
    const citizen = await createCitizenWithFamily(db);
    applicantIin = citizen.user.iin;
    applicantName = citizen.user.fullName;
    const parsed = parseIin(applicantIin);
    if (!parsed.ok) throw new Error("factory IIN must be valid");
    birthDate = parsed.value.birthDate;
    reference = await nextApplicationReference(db, 2026);
    await db.application.create({
      data: {
        reference,
        familyId: citizen.family.id,
        measure: "UTILITIES_COMPENSATION",
        status: "INFORMATION_REQUESTED",
        amountTenge: 5_000,
        submittedAt: new Date("2026-10-05T20:30:00Z"),
        timeline: {
          create: [
            { type: "SUBMITTED", toStatus: "SUBMITTED", createdAt: new Date("2026-10-05T20:30:00Z") },
            {
              type: "INFORMATION_REQUESTED",
              fromStatus: "IN_REVIEW",
              toStatus: "INFORMATION_REQUESTED",
              message: "Please upload the utility bill",
              respondBy: new Date("2026-10-20T12:00:00Z"),
              createdAt: new Date("2026-10-10T09:00:00Z"),
            },
            // Staff-only notes never date the public "last update".
            { type: "NOTE", isInternal: true, message: "internal", createdAt: new Date("2026-10-12T09:00:00Z") },
          ],
        },
      },
    });
  });

  afterAll(() => db.$disconnect());

  it("shows the status, measure and dates for the right date of birth, and nothing personal", async () => {
    const input = statusLookupSchema.parse({ reference: ` ${reference.toLowerCase()} `, birthDate });
    const result = await lookupApplicationStatus(input, newClient());
    expect(result).toEqual({
      kind: "found",
      application: {
        reference,
        measure: "UTILITIES_COMPENSATION",
        status: "INFORMATION_REQUESTED",
        // Dates are Almaty's: 20:30 UTC on 5 October is already 6 October there.
        submittedOn: "2026-10-06",
        lastUpdatedOn: "2026-10-10",
        respondBy: "2026-10-20",
      },
    });
    const shown = JSON.stringify(result);
    for (const personal of [applicantIin, applicantName, "5000", "utility bill"]) expect(shown).not.toContain(personal);
  });

  it("answers a wrong date of birth exactly as an unknown reference", async () => {
    const wrongDate = await lookupApplicationStatus({ reference, birthDate: birthDate === "1990-01-01" ? "1990-01-02" : "1990-01-01" }, newClient());
    const unknown = await lookupApplicationStatus({ reference: "BO-2026-999999", birthDate }, newClient());
    expect(wrongDate).toEqual({ kind: "not_found" });
    expect(unknown).toEqual(wrongDate);
  });

  it("refuses a malformed reference or date before looking anything up", () => {
    const result = statusLookupSchema.safeParse({ reference: "123", birthDate: "1989-02-30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["reference", "referenceFormat"],
      ["birthDate", "birthDateInvalid"],
    ]);
    expect(statusLookupSchema.safeParse({ reference, birthDate, status: "APPROVED" }).success).toBe(false);
  });

  it("throttles a client after 10 attempts, even with the right answer", async () => {
    const client = newClient();
    for (let attempt = 0; attempt < STATUS_LOOKUP_CLIENT_LIMIT.max; attempt++) {
      expect((await lookupApplicationStatus({ reference: "BO-2026-999998", birthDate }, client)).kind).toBe("not_found");
    }
    const throttled = await lookupApplicationStatus({ reference, birthDate }, client);
    expect(throttled.kind).toBe("throttled");
    if (throttled.kind === "throttled") expect(throttled.retryAfterSeconds).toBeGreaterThan(0);
    // Another client is not held back.
    expect((await lookupApplicationStatus({ reference, birthDate }, newClient())).kind).toBe("found");
  });

  it("throttles guessing one reference from many clients", async () => {
    const target = "BO-2026-999997";
    for (let attempt = 0; attempt < STATUS_LOOKUP_REFERENCE_LIMIT.max; attempt++) {
      expect((await lookupApplicationStatus({ reference: target, birthDate }, newClient())).kind).toBe("not_found");
    }
    expect((await lookupApplicationStatus({ reference: target, birthDate }, newClient())).kind).toBe("throttled");
  });

  it("keeps no address or reference readable in the rate-limit table", async () => {
    const client = { address: "198.51.100.77" };
    await lookupApplicationStatus({ reference, birthDate }, client);
    const keys = (await db.rateLimitBucket.findMany({ where: { key: { startsWith: "status-lookup" } }, select: { key: true } })).map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(" ")).not.toContain(client.address);
    expect(keys.join(" ")).not.toContain(reference);
  });
});
