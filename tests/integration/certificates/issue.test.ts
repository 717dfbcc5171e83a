// Issuing a housing certificate inside the approval's transaction: its number from the
// sequence, the holder copied with a masked IIN, validity through the day before the same
// date N months later, and nothing issued for another measure.
import { afterAll, describe, expect, it } from "vitest";
import { certificateValidUntil } from "@/lib/certificates/certificate-dates";
import { formatCertificateNumber } from "@/lib/certificates/issue-housing-certificate";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createApplication, createFamily, issueFor } from "./fixtures";

const serialOf = (number: string) => Number(number.slice(-6));

describe("issueHousingCertificate", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("numbers certificates HC-<year of issue>-<six-digit serial> from the sequence, one after another", async () => {
    const family = await createFamily();
    const second = await createFamily();
    const first = await issueFor(await createApplication(family.familyId), { issuedOn: "2026-03-15" });
    const next = await issueFor(await createApplication(second.familyId), { issuedOn: "2025-12-31" });
    expect(first.number).toMatch(/^HC-2026-\d{6}$/);
    // The year is the issue day's, not the clock's.
    expect(next.number).toMatch(/^HC-2025-\d{6}$/);
    expect(serialOf(next.number)).toBeGreaterThan(serialOf(first.number));
    const [sequence] = await db.$queryRawUnsafe<{ last_value: bigint }[]>("SELECT last_value FROM housing_certificate_number_seq");
    expect(Number(sequence?.last_value)).toBeGreaterThanOrEqual(serialOf(next.number));
    expect(formatCertificateNumber(2026, 123)).toBe("HC-2026-000123");
  });

  it("copies the holder's name and only the last four digits of the IIN, and a random 22-character token", async () => {
    const family = await createFamily();
    const issued = await issueFor(await createApplication(family.familyId), { amountTenge: 1_000_000 });
    const row = await db.housingCertificate.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.holderName).toBe(family.fullName);
    expect(row.holderIinMasked).toBe(`••••••••${family.iin.slice(-4)}`);
    expect(JSON.stringify(row)).not.toContain(family.iin);
    expect(JSON.stringify(row)).not.toContain(family.iin.slice(0, 8));
    expect(row.amountTenge).toBe(1_000_000);
    expect(row.verificationToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(row.verificationToken).toBe(issued.verificationToken);
    const another = await issueFor(await createApplication((await createFamily()).familyId));
    expect(another.verificationToken).not.toBe(issued.verificationToken);
  });

  it("is valid through the day before the same date validityMonths later", async () => {
    const cases: [string, number, string][] = [
      ["2026-03-15", 6, "2026-09-14"],
      ["2026-01-01", 12, "2026-12-31"],
      ["2026-11-30", 3, "2027-02-27"], // 30 February does not exist: the last day of February, less one day
      ["2026-08-31", 6, "2027-02-27"],
      ["2026-12-01", 1, "2026-12-31"],
    ];
    for (const [issuedOn, months, expected] of cases) {
      expect(certificateValidUntil(issuedOn, months).toISOString().slice(0, 10), `${issuedOn} + ${months}`).toBe(expected);
    }
    const family = await createFamily();
    const issued = await issueFor(await createApplication(family.familyId), { issuedOn: "2026-03-15", validityMonths: 6 });
    const row = await db.housingCertificate.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.validUntil.toISOString()).toBe("2026-09-14T00:00:00.000Z");
    expect(row.issuedAt.toISOString()).toBe("2026-03-15T06:00:00.000Z");
  });

  it("refuses an application of another measure, an unknown application, a second certificate and a non-whole amount", async () => {
    const family = await createFamily();
    const scholarship = await createApplication(family.familyId, { measure: "SCHOLARSHIP" });
    const [before] = await db.$queryRawUnsafe<{ last_value: bigint }[]>("SELECT last_value FROM housing_certificate_number_seq");
    await expect(issueFor(scholarship)).rejects.toEqual(new AppError("CONFLICT", "not-a-housing-certificate"));
    await expect(issueFor("app_does_not_exist")).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await db.housingCertificate.count({ where: { applicationId: scholarship } })).toBe(0);

    const housing = await createApplication(family.familyId);
    await expect(issueFor(housing, { amountTenge: 999_999.5 })).rejects.toEqual(new AppError("INVALID_INPUT", "amount-not-whole-tenge"));
    await expect(issueFor(housing, { amountTenge: 0 })).rejects.toBeInstanceOf(AppError);
    await issueFor(housing);
    // One certificate per application, enforced by the database.
    await expect(issueFor(housing)).rejects.toThrow();
    expect(await db.housingCertificate.count({ where: { applicationId: housing } })).toBe(1);
    const [after] = await db.$queryRawUnsafe<{ last_value: bigint }[]>("SELECT last_value FROM housing_certificate_number_seq");
    expect(Number(after?.last_value)).toBeGreaterThan(Number(before?.last_value));
  });
});
