// "What can we get": the stored family becomes the engine's input unchanged in meaning,
// and the verdict names members by name (never by id or IIN) in the reader's language.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility";
import { AppError } from "@/lib/errors/app-error";
import { addFamilyMember } from "@/lib/families/add-family-member";
import { createOwnFamily } from "@/lib/families/create-own-family";
import { familyAddressSchema, housingSchema } from "@/lib/families/family-schemas";
import { getOwnFamilyEligibility } from "@/lib/families/get-own-family-eligibility";
import { loadOwnEngineFamily } from "@/lib/families/load-own-engine-family";
import { saveOwnHousing } from "@/lib/families/save-own-housing";
import { updateOwnFamily } from "@/lib/families/update-own-family";
import { createCitizenWithoutFamily, memberInput } from "./support";

const AS_OF = "2026-11-26";

async function lowIncomeFamilyWithFourChildren() {
  const citizen = await createCitizenWithoutFamily();
  await createOwnFamily(citizen, familyAddressSchema.parse({ district: "ALMALY", address: "ул. Толе би 187" }));
  const mother = await addFamilyMember(citizen, memberInput({ fullName: "Ахметова Гульнар", birthDate: "1990-03-15", role: "PARENT", education: "NONE", employed: "on", monthlyIncomeTenge: "120000" }));
  const children = [];
  for (const [fullName, birthDate, education] of [
    ["Ахметов Ерлан", "2012-02-10", "SCHOOL"],
    ["Ахметова Дана", "2015-07-01", "SCHOOL"],
    ["Ахметов Тимур", "2021-04-20", "PRESCHOOL"],
    ["Ахметова Аяла", "2023-01-05", "PRESCHOOL"],
  ] as const) {
    children.push(await addFamilyMember(citizen, memberInput({ fullName, birthDate, education })));
  }
  await updateOwnFamily(citizen, { otherMonthlyIncomeTenge: 10_000 });
  await saveOwnHousing(citizen, housingSchema.parse({ inHousingQueue: "on", savingsTenge: "300000", apartmentPriceTenge: "18000000" }));
  return { citizen, mother, children };
}

describe("the family's eligibility", () => {
  afterAll(() => db.$disconnect());

  it("builds the engine input from the stored family, in the order entered", async () => {
    const { citizen, mother, children } = await lowIncomeFamilyWithFourChildren();
    const { family, names } = await loadOwnEngineFamily(citizen);
    expect(family.members.map((member) => member.id)).toEqual([mother.id, ...children.map((child) => child.id)]);
    expect(family.members[0]).toEqual({
      id: mother.id, role: "parent", birthDate: "1990-03-15", monthlyIncomeTenge: 120_000, employed: true, education: "none",
      fullTimeStudent: false, excellentStudent: false, disability: false, homeSchooled: false,
    });
    expect(family.members[3]).toMatchObject({ role: "child", birthDate: "2021-04-20", education: "preschool" });
    expect(family.otherMonthlyIncomeTenge).toBe(10_000);
    expect(family.difficultLifeSituation).toBeUndefined();
    expect(family.housing).toEqual({ inHousingQueue: true, ownsHome: false, savingsTenge: 300_000, apartmentPriceTenge: 18_000_000 });
    expect(names.get(children[2]!.id)).toBe("Ахметов Тимур");
  });

  it("gives free kindergarten to the third child (aged 5) and names children in the reasons", async () => {
    const { citizen, children } = await lowIncomeFamilyWithFourChildren();
    const { response } = await getOwnFamilyEligibility(citizen, { asOf: AS_OF, parameters: DEFAULT_PARAMETERS, locale: "ru" });
    const kindergarten = response.measures.find((measure) => measure.code === "FREE_KINDERGARTEN")!;
    expect(kindergarten.outcome).toBe("eligible");
    expect(kindergarten.members.find((member) => member.memberId === children[2]!.id)?.outcome).toBe("eligible");
    expect(kindergarten.members.find((member) => member.memberId === children[0]!.id)?.outcome).toBe("not_eligible");
    const text = JSON.stringify(kindergarten.reasons.map((reason) => reason.message));
    expect(text).toContain("Ахметов Тимур");
    for (const child of children) expect(text).not.toContain(child.id);
    expect(response.facts.isLargeFamily).toBe(true);
  });

  it("a citizen without a family has no verdict (NOT_FOUND)", async () => {
    const citizen = await createCitizenWithoutFamily();
    await expect(getOwnFamilyEligibility(citizen, { asOf: AS_OF, parameters: DEFAULT_PARAMETERS, locale: "en" })).rejects.toEqual(new AppError("NOT_FOUND"));
  });
});
