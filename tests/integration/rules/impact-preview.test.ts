// The impact preview over a small, hand-built caseload in a database of its own (the
// preview reads every family): a raise of the poverty line from 70 % to 80 % moves exactly
// the families between the two lines into free kindergarten and scholarships, with the
// cost the engine's amounts give; a cut moves the family below 70 % out. The lean batch
// reader gives the engine the same input as toEngineFamily.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { FAMILY_SNAPSHOT_SELECT, toEngineFamily } from "@/lib/families/family-snapshot";
import { buildIin } from "@/lib/iin";
import { monthsInSpan } from "@/lib/rules/impact-cost";
import { simulateImpact } from "@/lib/rules/impact-simulation";
import { readEngineFamilies, type FamilyForSimulation } from "@/lib/rules/read-engine-families";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import type { District } from "@/prisma/generated/enums";
import { createIsolatedDatabase } from "../../support/local-database";
import { createActor } from "./rules-fixtures";

const AS_OF = "2027-03-01";
// With the shipped subsistence minimum of 50,851 tenge: 70 % → 35,596; 80 % → 40,681; 50 % → 25,426.
const LINE_70 = 35_596;
const LINE_80 = 40_681;

let isolated: { url: string; drop(): Promise<void> };
let client: Database;
let admin: Actor;
let serial = 100;

interface Child {
  age: number;
  excellent?: boolean;
}

/** A family of two parents and children, the first parent earning `perHead` × members. */
async function insertFamily(district: District, perHead: number, children: Child[]): Promise<string> {
  const members = 2 + children.length;
  const birth = (age: number) => `${Number(AS_OF.slice(0, 4)) - age - 1}-06-15`;
  const iin = (birthDate: string) => buildIin(birthDate, "male", (serial += 1));
  const user = await client.user.create({
    data: {
      iin: iin("1985-06-15"),
      fullName: `Applicant ${district} ${perHead}`,
      passwordHash: "not-a-hash",
      family: {
        create: {
          district,
          members: {
            create: [
              { iin: iin("1985-06-15"), fullName: "Parent one", birthDate: new Date("1985-06-15"), role: "PARENT", employed: true, monthlyIncomeTenge: perHead * members, position: 0 },
              { iin: iin("1987-06-15"), fullName: "Parent two", birthDate: new Date("1987-06-15"), role: "PARENT", employed: true, position: 1 },
              ...children.map((child, index) => ({
                iin: iin(birth(child.age)),
                fullName: `Child ${index + 1}`,
                birthDate: new Date(birth(child.age)),
                role: "CHILD" as const,
                education: child.age >= 7 ? ("SCHOOL" as const) : ("PRESCHOOL" as const),
                excellentStudent: child.excellent ?? false,
                position: 2 + index,
              })),
            ],
          },
          housing: { create: { inHousingQueue: false, ownsHome: true } },
        },
      },
    },
    select: { family: { select: { id: true } } },
  });
  return user.family!.id;
}

async function draftWith(percent: number): Promise<string> {
  const version = await client.ruleSetVersion.create({
    data: {
      title: `Poverty line ${percent} %`, reason: "test", status: "DRAFT", createdById: admin.id,
      values: { create: { key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", effectiveFrom: new Date(`${AS_OF}T00:00:00Z`), value: percent } },
    },
  });
  return version.id;
}

describe("impact preview", () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    client = createPrismaClient(isolated.url);
    admin = await createActor(client, "ADMIN");
    // Between the lines, with a second child of kindergarten age: gains kindergarten.
    ids.almalyBetween = await insertFamily("ALMALY", 38_000, [{ age: 8 }, { age: 3 }]);
    // Above both lines: nothing changes.
    ids.almalyAbove = await insertFamily("ALMALY", 45_000, [{ age: 9 }, { age: 4 }]);
    // Below both lines: eligible before and after (a cut to 50 % takes it out).
    ids.bostandykBelow = await insertFamily("BOSTANDYK", 30_000, [{ age: 10 }, { age: 5 }]);
    // Between the lines, an excellent schoolchild and a second child of 4: gains both.
    ids.bostandykBetween = await insertFamily("BOSTANDYK", 40_000, [{ age: 8, excellent: true }, { age: 4 }]);
  });
  afterAll(async () => {
    await client.$disconnect();
    await isolated.drop();
  });

  it("uses lines that put the families where the test says", () => {
    const line = resolveParameterSet(DEFAULT_PARAMETERS, AS_OF).povertyLine.value;
    expect(line).toBe(LINE_70);
    expect(38_000).toBeGreaterThan(LINE_70);
    expect(40_000).toBeLessThanOrEqual(LINE_80);
  });

  it("counts exactly the families between the lines as gaining, per district, with the cost", async () => {
    const versionId = await draftWith(80);
    const result = await simulateImpact(client, versionId, { measure: "FREE_KINDERGARTEN", change: "gained" });
    expect(result).not.toBeNull();
    expect(result!.asOf).toBe(AS_OF);
    expect(result!.families).toBe(4);
    const cell = (measure: string, district: District) => result!.cells.find((c) => c.measure === measure && c.district === district)!;

    // One place (the second child, aged 3) at the place cost in force: 45,000 a month, all year.
    expect(cell("FREE_KINDERGARTEN", "ALMALY")).toMatchObject({
      gained: 1, lost: 0, eligibleBefore: 0, eligibleAfter: 1, monthlyCostBefore: 0, monthlyCostAfter: 45_000, yearlyCostAfter: 45_000 * 12,
    });
    expect(cell("FREE_KINDERGARTEN", "BOSTANDYK")).toMatchObject({ gained: 1, lost: 0, eligibleBefore: 1, eligibleAfter: 2 });
    const otherDistricts = result!.cells.filter((c) => c.measure === "FREE_KINDERGARTEN" && c.district !== "ALMALY" && c.district !== "BOSTANDYK");
    expect(otherDistricts.every((c) => c.gained === 0 && c.lost === 0)).toBe(true);
    expect(result!.selected.map((family) => family.id).sort()).toEqual([ids.almalyBetween, ids.bostandykBetween].sort());

    // The excellent schoolchild's scholarship: 5,000 a month, paid in the 9 academic months.
    const months = monthsInSpan(9, 5);
    expect(months).toBe(9);
    expect(cell("SCHOLARSHIP", "BOSTANDYK")).toMatchObject({
      gained: 1, lost: 0, monthlyCostBefore: 0, monthlyCostAfter: 5_000, yearlyCostBefore: 0, yearlyCostAfter: 5_000 * months,
    });
    expect(cell("SCHOLARSHIP", "ALMALY")).toMatchObject({ gained: 0, monthlyCostAfter: 0 });
    // Nobody loses anything with a raise.
    expect(result!.cells.every((c) => c.lost === 0)).toBe(true);

    const inBostandyk = await simulateImpact(client, versionId, { measure: "FREE_KINDERGARTEN", change: "gained", district: "BOSTANDYK" });
    expect(inBostandyk!.selected).toEqual([{ id: ids.bostandykBetween, district: "BOSTANDYK" }]);
  });

  it("counts the family below the old line as losing when the line is cut", async () => {
    const versionId = await draftWith(50);
    const result = await simulateImpact(client, versionId, { measure: "FREE_KINDERGARTEN", change: "lost" });
    expect(result!.selected).toEqual([{ id: ids.bostandykBelow, district: "BOSTANDYK" }]);
    const lost = result!.cells.filter((c) => c.lost > 0);
    expect(lost.map((c) => c.measure)).toContain("FREE_KINDERGARTEN");
    expect(lost.every((c) => c.district === "BOSTANDYK" && c.lost === 1)).toBe(true);
    expect(result!.cells.every((c) => c.gained === 0)).toBe(true);
  });

  it("has nothing to preview for a version without changes", async () => {
    const empty = await client.ruleSetVersion.create({ data: { title: "Empty", reason: "test", createdById: admin.id } });
    expect(await simulateImpact(client, empty.id)).toBeNull();
  });

  it("reads families in batches exactly as toEngineFamily maps them", async () => {
    for (let index = 0; index < 5; index++) await createCitizenWithFamily(client, { childCount: index });
    // Free text with every separator the reader uses, an empty one, and a family without housing.
    await client.family.update({ where: { id: ids.almalyAbove }, data: { difficultLifeSituation: "Пожар | дом; вещи, всё\nпотеряно ~" } });
    await client.family.update({ where: { id: ids.almalyBetween }, data: { difficultLifeSituation: "" } });
    await client.housingSituation.delete({ where: { familyId: ids.bostandykBelow } });
    const viaSnapshot = await client.family.findMany({ select: { id: true, district: true, ...FAMILY_SNAPSHOT_SELECT }, orderBy: { id: "asc" } });
    const batches: number[] = [];
    const viaReader: FamilyForSimulation[] = [];
    for await (const batch of readEngineFamilies(client, 3)) {
      batches.push(batch.length);
      viaReader.push(...batch);
    }
    expect(batches).toEqual([3, 3, 3]);
    expect(viaReader.map((family) => family.id)).toEqual(viaSnapshot.map((family) => family.id));
    viaSnapshot.forEach((stored, index) => {
      expect(viaReader[index]).toEqual({ id: stored.id, district: stored.district, family: toEngineFamily(stored) });
    });
  });
});
