// Offers re-evaluate every family in the database and the catalog is one table for all:
// these tests run on a database of their own, so they neither see nor notify the
// families of other test files (which share the run's database). `db` connects on first
// use, so pointing DATABASE_URL here before any query moves it too.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { MemberDescription } from "@/prisma/seed/factories";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { createIsolatedDatabase } from "../../../support/local-database";

export const TEST_NOW = new Date("2026-11-26T06:00:00.000Z");

export async function useOwnDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = await createIsolatedDatabase({ migrate: true });
  process.env.DATABASE_URL = database.url;
  return database;
}

function person(firstName: string, birthDate: string, rest: Partial<MemberDescription> & Pick<MemberDescription, "role" | "relation">): MemberDescription {
  return {
    name: { surname: "Тестова", firstName, patronymic: "Ерлановна" },
    sex: "female", birthDate, education: "NONE", fullTimeStudent: false, excellentStudent: false, disability: false,
    homeSchooled: false, employed: false, monthlyIncomeTenge: 0, ...rest,
  };
}

/**
 * A large family of six (two parents, four minor children, not in the housing queue)
 * whose only income is the father's salary. At 240,000 tenge it is 40,000 per person:
 * above the 2026 poverty line at 70 % of the subsistence minimum (35,596), below it at 80 %.
 */
export async function createLargeFamily(options: { fatherIncomeTenge: number }): Promise<{ familyId: string; userId: string }> {
  const record = await createCitizenWithFamily(db, {
    asOf: "2026-11-01",
    adjust: (description) => {
      description.members = [
        person("Айгуль", "1988-02-10", { role: "PARENT", relation: "мать" }),
        person("Ерлан", "1985-06-01", { role: "PARENT", relation: "отец", sex: "male", employed: true, monthlyIncomeTenge: options.fatherIncomeTenge }),
        person("Аружан", "2011-09-09", { role: "CHILD", relation: "дочь", education: "SCHOOL" }),
        person("Алихан", "2014-04-04", { role: "CHILD", relation: "сын", sex: "male", education: "SCHOOL" }),
        person("Амина", "2017-12-12", { role: "CHILD", relation: "дочь", education: "SCHOOL" }),
        person("Арсен", "2020-03-03", { role: "CHILD", relation: "сын", sex: "male", education: "PRESCHOOL" }),
      ];
      description.applicantIndex = 0;
      description.otherMonthlyIncomeTenge = 0;
      description.difficultLifeSituation = null;
      description.housing = { inHousingQueue: false, ownsHome: true, savingsTenge: 0, apartmentPriceTenge: null };
    },
  });
  return { familyId: record.family.id, userId: record.user.id };
}

/** Publishes a rules version raising the poverty line to `percent` % of the subsistence minimum. */
export async function publishPovertyLine(percent: number, effectiveFrom = "2026-11-01"): Promise<string> {
  const version = await db.ruleSetVersion.create({
    data: {
      title: `Poverty line ${percent} %`,
      reason: "test",
      status: "PUBLISHED",
      publishedAt: new Date(),
      values: { create: [{ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`), value: percent }] },
    },
  });
  return version.id;
}

/** An application row in `status` for the family (the apply flow itself is tested elsewhere). */
export async function createApplication(familyId: string, measure: "UTILITIES_COMPENSATION", status: "SUBMITTED" | "APPROVED" | "REJECTED" | "WITHDRAWN") {
  await db.application.create({ data: { reference: `T-OFFER-${randomBytes(6).toString("hex")}`, familyId, measure, status, submittedAt: TEST_NOW } });
}

export async function offersFor(familyId: string, measure: "UTILITIES_COMPENSATION") {
  return db.proactiveOffer.findMany({ where: { familyId, measure }, include: { notification: true }, orderBy: { createdAt: "asc" } });
}
