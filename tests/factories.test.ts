// The pure builders behind the seed and the test factories.
import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { parseIin } from "@/lib/iin";
import { DEMO_ACCOUNTS, DEMO_CITIZEN_FAMILY } from "@/prisma/seed/demo-accounts";
import { ageOn, buildFamilyRecord, familyIdsFor, IinAllocator, randomKazakhIban } from "@/prisma/seed/factories";
import { feminineSurname } from "@/prisma/seed/names";
import { createRandom } from "@/prisma/seed/random";

const asOf = "2026-11-01";
const poverty = resolveParameterSet(DEFAULT_PARAMETERS, asOf);

describe("seed factories", () => {
  it("the same seed gives the same sequence; another seed another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next.bind(null));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it("hands out distinct valid IINs to many people born the same day", () => {
    const allocator = new IinAllocator();
    const iins = Array.from({ length: 500 }, () => allocator.allocate("2015-03-08", "female"));
    expect(new Set(iins).size).toBe(500);
    for (const iin of iins) expect(parseIin(iin)).toEqual({ ok: true, value: { birthDate: "2015-03-08", sex: "female" } });
  });

  it("gives the demo accounts and the demo family valid, fixed IINs", () => {
    for (const account of DEMO_ACCOUNTS) expect(parseIin(account.iin).ok, account.iin).toBe(true);
    for (const member of DEMO_CITIZEN_FAMILY.members) {
      expect(parseIin(member.iin ?? "")).toEqual({ ok: true, value: { birthDate: member.birthDate, sex: member.sex } });
    }
  });

  it("builds families with parents of 22–55, children of 0–22 and matching IINs", () => {
    const allocator = new IinAllocator();
    for (let index = 0; index < 200; index++) {
      const record = buildFamilyRecord(createRandom(`family-${index}`), {
        ids: familyIdsFor(String(index)), asOf, iins: allocator, passwordHash: "x", poverty,
      });
      const children = record.facts.members.filter((member) => member.role === "CHILD");
      expect(children.length).toBeGreaterThanOrEqual(1);
      expect(children.length).toBeLessThanOrEqual(8);
      for (const member of record.members) {
        const birthDate = member.birthDate.toISOString().slice(0, 10);
        const age = ageOn(birthDate, asOf);
        if (member.role === "PARENT") expect(age).toBeGreaterThanOrEqual(22);
        if (member.role === "PARENT") expect(age).toBeLessThanOrEqual(55);
        if (member.role === "CHILD") expect(age).toBeLessThanOrEqual(22);
        expect(parseIin(member.iin)).toMatchObject({ ok: true, value: { birthDate } });
      }
      expect(record.user.iin).toBe(record.members[record.description.applicantIndex]?.iin);
    }
  });

  it("puts a queue family in the queue with the category's make-up", () => {
    const record = buildFamilyRecord(createRandom("queue"), {
      ids: familyIdsFor("q"), asOf, iins: new IinAllocator(), passwordHash: "x", poverty, housingQueue: "LARGE_FAMILY",
    });
    expect(record.housing.inHousingQueue).toBe(true);
    expect(record.queueEntry?.category).toBe("LARGE_FAMILY");
    expect(record.facts.minorChildren).toBeGreaterThanOrEqual(4);
  });

  it("forms female surnames", () => {
    expect(["Ахметов", "Иванов", "Ильин", "Покровский", "Шевченко", "Сейткали"].map(feminineSurname)).toEqual([
      "Ахметова", "Иванова", "Ильина", "Покровская", "Шевченко", "Сейткали",
    ]);
  });

  it("makes IBANs whose check digits verify (ISO 13616)", () => {
    const iban = randomKazakhIban(createRandom(3));
    expect(iban).toMatch(/^KZ\d{18}$/);
    const rearranged = `${iban.slice(4)}2035${iban.slice(2, 4)}`;
    let remainder = 0;
    for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
    expect(remainder).toBe(1);
  });
});
