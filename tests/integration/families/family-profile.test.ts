// The family profile: a citizen creates their family and manages its members; the IIN
// must agree with the birth date and cannot be in another family; everything is audited
// without IINs.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { addFamilyMember } from "@/lib/families/add-family-member";
import { createOwnFamily } from "@/lib/families/create-own-family";
import { familyAddressSchema, housingSchema, otherIncomeSchema } from "@/lib/families/family-schemas";
import { getApplicantAsMember } from "@/lib/families/get-applicant-as-member";
import { memberSchema } from "@/lib/families/member-schema";
import { saveOwnHousing } from "@/lib/families/save-own-housing";
import { updateFamilyMember } from "@/lib/families/update-family-member";
import { updateOwnFamily } from "@/lib/families/update-own-family";
import { createStaffUser } from "@/prisma/seed/factories";
import { createCitizenWithoutFamily, freshIin, memberForm, memberInput } from "./support";

const address = familyAddressSchema.parse({ district: "TURKSIB", address: "ул. Сейфуллина 100, кв. 5" });

describe("family profile", () => {
  afterAll(() => db.$disconnect());

  it("a new citizen creates their family once, adds themself by their own IIN, and the audit log holds no IIN", async () => {
    const citizen = await createCitizenWithoutFamily();
    const family = await createOwnFamily(citizen, address);
    await expect(createOwnFamily(citizen, address)).rejects.toEqual(new AppError("CONFLICT", "familyExists"));

    const self = await getApplicantAsMember(citizen);
    expect(self).not.toBeNull();
    const input = memberSchema.parse({ ...memberForm(), fullName: self!.fullName, iin: self!.iin, birthDate: self!.birthDate, role: "PARENT", education: "NONE", employed: "on", monthlyIncomeTenge: "180 000" });
    const member = await addFamilyMember(citizen, input);
    expect(await getApplicantAsMember(citizen)).toBeNull();

    const stored = await db.familyMember.findUniqueOrThrow({ where: { id: member.id } });
    expect(stored).toMatchObject({ familyId: family.id, iin: self!.iin, role: "PARENT", employed: true, monthlyIncomeTenge: 180_000 });
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [family.id, member.id] } }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["family.create", "family-member.create"]);
    expect(JSON.stringify(audit.map((entry) => ({ ...entry, id: String(entry.id) })))).not.toContain(self!.iin);
  });

  it("refuses an IIN whose birth-date part does not agree with the birth date", () => {
    const result = memberSchema.safeParse(memberForm({ iin: freshIin("2019-06-02"), birthDate: "2019-06-01" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["iin"], message: "iinBirthDateMismatch" })]);
  });

  it("refuses unknown fields such as familyId (no mass assignment)", () => {
    const result = memberSchema.safeParse({ ...memberForm(), familyId: "fam_other" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.code)).toContain("unrecognized_keys");
  });

  it("refuses an IIN that is already in another family, saying nothing about it, and writes nothing", async () => {
    const first = await createCitizenWithoutFamily();
    await createOwnFamily(first, address);
    const taken = memberInput();
    await addFamilyMember(first, taken);

    const second = await createCitizenWithoutFamily();
    await createOwnFamily(second, address);
    const again = { ...memberInput({ birthDate: taken.birthDate.toISOString().slice(0, 10) }), iin: taken.iin };
    await expect(addFamilyMember(second, again)).rejects.toEqual(new AppError("CONFLICT", "iinUnavailable"));
    expect(await db.familyMember.count({ where: { family: { applicantId: second.id } } })).toBe(0);

    // Changing an existing member to that IIN is refused the same way.
    const own = await addFamilyMember(second, memberInput());
    await expect(updateFamilyMember(second, own.id, again)).rejects.toEqual(new AppError("CONFLICT", "iinUnavailable"));
    expect((await db.familyMember.findUniqueOrThrow({ where: { id: own.id } })).iin).not.toBe(taken.iin);
  });

  it("saves other income, the difficult situation and housing, creating the housing row on first save", async () => {
    const citizen = await createCitizenWithoutFamily();
    const family = await createOwnFamily(citizen, address);
    await updateOwnFamily(citizen, otherIncomeSchema.parse({ otherMonthlyIncomeTenge: "45 000" }));
    await updateOwnFamily(citizen, { difficultLifeSituation: "Потеря кормильца в марте" });
    await saveOwnHousing(citizen, housingSchema.parse({ inHousingQueue: "on", savingsTenge: "1500000", apartmentPriceTenge: "" }));
    await saveOwnHousing(citizen, housingSchema.parse({ inHousingQueue: "on", savingsTenge: "1600000", apartmentPriceTenge: "22000000" }));
    const stored = await db.family.findUniqueOrThrow({ where: { id: family.id }, include: { housing: true } });
    expect(stored).toMatchObject({ otherMonthlyIncomeTenge: 45_000, difficultLifeSituation: "Потеря кормильца в марте" });
    expect(stored.housing).toMatchObject({ inHousingQueue: true, ownsHome: false, savingsTenge: 1_600_000, apartmentPriceTenge: 22_000_000 });
    const actions = (await db.auditLog.findMany({ where: { entityId: family.id }, orderBy: { id: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["family.create", "family.update", "family.update", "housing.create", "housing.update"]);
  });

  it("a citizen without a family cannot add members or housing (NOT_FOUND), and staff cannot use these functions at all", async () => {
    const citizen = await createCitizenWithoutFamily();
    await expect(addFamilyMember(citizen, memberInput())).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(saveOwnHousing(citizen, housingSchema.parse({ savingsTenge: "0", apartmentPriceTenge: "" }))).rejects.toEqual(new AppError("NOT_FOUND"));
    const supervisor = await createStaffUser(db, { role: "SUPERVISOR" });
    const actor = { id: supervisor.id, role: supervisor.role, district: null };
    await expect(createOwnFamily(actor, address)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(getApplicantAsMember(actor)).rejects.toEqual(new AppError("FORBIDDEN"));
  });
});
