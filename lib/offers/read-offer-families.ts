// Every family to re-evaluate, in batches keyset-paged by id, with what an offer needs
// beyond the engine's input: who to notify, and which measures the family has already
// applied for. One statement per batch builds the whole batch as one JSON text (members
// as compact arrays): at 100,000 families a row object per member through the driver
// would dominate the run. The rows become StoredFamily and go through toEngineFamily,
// the one mapping from the database to the engine.
import type { Database } from "@/lib/db/create-client";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Family as EngineFamily } from "@/lib/eligibility/types";
import { toEngineFamily, type StoredMember } from "@/lib/families/family-snapshot";
import type { Education, MemberRole } from "@/prisma/generated/enums";
import { APPLIED_STATUSES } from "./offer-rules";

export type OfferFamilyReader = Pick<Database, "$queryRawUnsafe">;

export interface OfferFamily {
  id: string;
  applicantId: string;
  applied: ReadonlySet<MeasureCode>;
  family: EngineFamily;
}

type MemberTuple = [string, MemberRole, string, number, boolean, Education, boolean, boolean, boolean, boolean];

interface BatchRow {
  id: string;
  applicant: string;
  other: number;
  difficult: string | null;
  hq: boolean | null;
  ho: boolean | null;
  hs: number | null;
  hp: number | null;
  members: MemberTuple[] | null;
  applied: MeasureCode[] | null;
}

function toStoredMember(tuple: MemberTuple): StoredMember {
  return {
    id: tuple[0],
    role: tuple[1],
    birthDate: new Date(`${tuple[2]}T00:00:00Z`),
    monthlyIncomeTenge: tuple[3],
    employed: tuple[4],
    education: tuple[5],
    fullTimeStudent: tuple[6],
    excellentStudent: tuple[7],
    disability: tuple[8],
    homeSchooled: tuple[9],
  };
}

function toOfferFamily(row: BatchRow): OfferFamily {
  return {
    id: row.id,
    applicantId: row.applicant,
    applied: new Set(row.applied ?? []),
    family: toEngineFamily({
      otherMonthlyIncomeTenge: row.other,
      difficultLifeSituation: row.difficult,
      members: (row.members ?? []).map(toStoredMember),
      housing: row.hq === null ? null : { inHousingQueue: row.hq, ownsHome: row.ho ?? false, savingsTenge: row.hs ?? 0, apartmentPriceTenge: row.hp },
    }),
  };
}

// Statuses are a fixed list of enum names (not user input), written into the statement.
const APPLIED_LIST = APPLIED_STATUSES.map((status) => `'${status}'`).join(", ");

const BATCH_SQL = `
  SELECT coalesce(json_agg(b ORDER BY b.id), '[]')::text AS batch FROM (
    SELECT f."id", f."applicantId" AS applicant, f."otherMonthlyIncomeTenge" AS other, f."difficultLifeSituation" AS difficult,
           h."inHousingQueue" AS hq, h."ownsHome" AS ho, h."savingsTenge" AS hs, h."apartmentPriceTenge" AS hp,
           (SELECT json_agg(json_build_array(m."id", m."role", to_char(m."birthDate", 'YYYY-MM-DD'), m."monthlyIncomeTenge",
                     m."employed", m."education", m."fullTimeStudent", m."excellentStudent", m."disability", m."homeSchooled")
                   ORDER BY m."position", m."createdAt")
              FROM "FamilyMember" m WHERE m."familyId" = f."id") AS members,
           (SELECT array_agg(DISTINCT a."measure") FROM "Application" a
             WHERE a."familyId" = f."id" AND a."status" IN (${APPLIED_LIST})) AS applied
      FROM "Family" f
      JOIN "User" u ON u."id" = f."applicantId" AND u."disabledAt" IS NULL
      LEFT JOIN "HousingSituation" h ON h."familyId" = f."id"
     WHERE f."id" > $1
     ORDER BY f."id"
     LIMIT $2
  ) b`;

async function readBatch(client: OfferFamilyReader, afterId: string, size: number): Promise<OfferFamily[]> {
  const rows = await client.$queryRawUnsafe<{ batch: string }[]>(BATCH_SQL, afterId, size);
  return (JSON.parse(rows[0]?.batch ?? "[]") as BatchRow[]).map(toOfferFamily);
}

/**
 * Yields every family with an active applicant, `batchSize` at a time. The next batch is
 * requested before the current one is handed out, so the database builds it meanwhile.
 */
export async function* readOfferFamilies(client: OfferFamilyReader, batchSize: number): AsyncGenerator<OfferFamily[]> {
  let pending = readBatch(client, "", batchSize);
  for (;;) {
    const batch = await pending;
    if (batch.length === 0) return;
    const lastId = batch[batch.length - 1]!.id;
    pending = batch.length < batchSize ? Promise.resolve([]) : readBatch(client, lastId, batchSize);
    // Awaited on the next turn; this only keeps a failure from being reported as unhandled if the caller stops early.
    pending.catch(() => {});
    yield batch;
  }
}
