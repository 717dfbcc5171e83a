// Every family in the database as the engine's input, in batches, for a caseload-wide
// simulation (the impact preview). Reading is what costs: turning 100,000 families and
// their ~450,000 members into objects row by row through the driver takes longer than
// running the engine twice over them. So:
// - one statement per batch (one snapshot) returns two texts, the batch's families and
//   its members, in a compact delimited form PostgreSQL builds quickly and JavaScript
//   splits quickly (about half the time of building JSON, a third of its size);
// - batches are ranges of family ids fixed up front, so two are read at once (PostgreSQL
//   uses the second core) while the caller evaluates the previous one.
// The mapping is the same as toEngineFamily's (a test compares the two).
import type { Database } from "@/lib/db/create-client";
import type { Education, Family as EngineFamily, FamilyMember as EngineMember, MemberRole } from "@/lib/eligibility/types";
import type { District } from "@/prisma/generated/enums";

export type FamilyReader = Pick<Database, "$queryRaw">;

export interface FamilyForSimulation {
  id: string;
  district: District;
  family: EngineFamily;
}

const ROLE: Record<string, MemberRole> = { PARENT: "parent", CHILD: "child", OTHER: "other" };
const EDUCATION: Record<string, Education> = { NONE: "none", PRESCHOOL: "preschool", SCHOOL: "school", COLLEGE: "college", UNIVERSITY: "university" };

// Field separators: ids are cuids, enums are words, numbers are digits, dates are
// YYYY-MM-DD; the one free text (the difficult life situation) travels as base64.
const FAMILY_SEPARATOR = "\n";
const FAMILY_FIELD = "|";
const MEMBER_SEPARATOR = ";";
const MEMBER_FIELD = ",";

interface BatchTexts {
  families: string | null;
  members: string | null;
}

async function readRange(db: FamilyReader, after: string, upTo: string | null): Promise<BatchTexts> {
  // `upTo` null: the last range, open-ended. The comparison uses the same collation as
  // the ORDER BY, so families and members come in the same order.
  const rows = await db.$queryRaw<BatchTexts[]>`
    WITH f AS (
      SELECT "id", "district", "otherMonthlyIncomeTenge", "difficultLifeSituation" FROM "Family"
       WHERE "id" > ${after} AND (${upTo}::text IS NULL OR "id" <= ${upTo}::text)
    )
    SELECT
      (SELECT string_agg(concat_ws('|', f."id", f."district", f."otherMonthlyIncomeTenge",
                CASE WHEN h."familyId" IS NULL THEN '' ELSE concat(h."inHousingQueue"::int, h."ownsHome"::int) END,
                coalesce(h."savingsTenge"::text, ''), coalesce(h."apartmentPriceTenge"::text, ''),
                CASE WHEN f."difficultLifeSituation" IS NULL THEN '~'
                     ELSE replace(encode(convert_to(f."difficultLifeSituation", 'UTF8'), 'base64'), E'\n', '') END),
              E'\n' ORDER BY f."id")
         FROM f LEFT JOIN "HousingSituation" h ON h."familyId" = f."id") AS families,
      (SELECT string_agg(concat_ws(',', m."familyId", m."id", m."role", to_char(m."birthDate", 'YYYY-MM-DD'), m."monthlyIncomeTenge",
                m."employed"::int, m."education", m."fullTimeStudent"::int, m."excellentStudent"::int, m."disability"::int, m."homeSchooled"::int),
              ';' ORDER BY m."familyId", m."position", m."createdAt")
         FROM "FamilyMember" m JOIN f ON m."familyId" = f."id") AS members`;
  return rows[0] ?? { families: null, members: null };
}

function parseBatch(texts: BatchTexts): FamilyForSimulation[] {
  if (!texts.families) return [];
  const members = texts.members ? texts.members.split(MEMBER_SEPARATOR) : [];
  let next = 0;
  return texts.families.split(FAMILY_SEPARATOR).map((line) => {
    const [id = "", district, other, housing = "", savings, price, situation = "~"] = line.split(FAMILY_FIELD);
    const familyMembers: EngineMember[] = [];
    // Members are sorted by family id like the families, so they are consumed in step.
    for (; next < members.length; next++) {
      const fields = members[next]!.split(MEMBER_FIELD);
      if (fields[0] !== id) break;
      familyMembers.push({
        id: fields[1]!,
        role: ROLE[fields[2]!]!,
        birthDate: fields[3]!,
        monthlyIncomeTenge: Number(fields[4]),
        employed: fields[5] === "1",
        education: EDUCATION[fields[6]!]!,
        fullTimeStudent: fields[7] === "1",
        excellentStudent: fields[8] === "1",
        disability: fields[9] === "1",
        homeSchooled: fields[10] === "1",
      });
    }
    return {
      id,
      district: district as District,
      family: {
        members: familyMembers,
        otherMonthlyIncomeTenge: Number(other),
        difficultLifeSituation: situation === "~" ? undefined : Buffer.from(situation, "base64").toString("utf8"),
        housing:
          housing === ""
            ? undefined
            : { inHousingQueue: housing[0] === "1", ownsHome: housing[1] === "1", savingsTenge: Number(savings), apartmentPriceTenge: price === "" ? undefined : Number(price) },
      },
    };
  });
}

/** The ids that end each batch of `size` families, in order (the last batch is open-ended). */
async function batchBoundaries(db: FamilyReader, size: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "Family") numbered
     WHERE n % ${size} = 0 ORDER BY "id"`;
  return rows.map((row) => row.id);
}

/**
 * Yields every family, `batchSize` at a time, in id order. Up to `parallel` batches are
 * read ahead while the caller works on the current one.
 */
export async function* readEngineFamilies(db: FamilyReader, batchSize = 10_000, parallel = 2): AsyncGenerator<FamilyForSimulation[]> {
  const ends = await batchBoundaries(db, batchSize);
  const ranges: [string, string | null][] = [];
  let after = "";
  for (const end of ends) {
    ranges.push([after, end]);
    after = end;
  }
  ranges.push([after, null]);

  const pending: Promise<BatchTexts>[] = [];
  let started = 0;
  const startNext = () => {
    const range = ranges[started++];
    if (!range) return;
    const reading = readRange(db, range[0], range[1]);
    // Awaited in turn below; this only keeps a failure from being reported as unhandled
    // if the caller stops early.
    reading.catch(() => {});
    pending.push(reading);
  };
  while (started < Math.min(parallel, ranges.length)) startNext();
  while (pending.length > 0) {
    const texts = await pending.shift()!;
    startNext();
    const batch = parseBatch(texts);
    if (batch.length > 0) yield batch;
  }
}
