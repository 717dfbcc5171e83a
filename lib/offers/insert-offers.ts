// Writes one batch of offers and their notifications in a single statement (so a batch is
// all or nothing). The unique key (family, measure, rulesVersion) with ON CONFLICT DO
// NOTHING makes a second run, or a run at the same time, create nothing twice, and a
// notification is written only for an offer row this statement actually inserted.
// The offer points at its notification, inserted by a later part of the same statement:
// PostgreSQL checks foreign keys at the end of the statement, when both rows exist.
import type { Database } from "@/lib/db/create-client";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { OFFER_TEMPLATE } from "./offer-notice";

export type OfferWriter = Pick<Database, "$queryRawUnsafe">;

export interface OfferCandidate {
  familyId: string;
  userId: string;
  measure: MeasureCode;
}

const INSERT_SQL = `
  WITH candidate AS MATERIALIZED (
    SELECT c.family_id, c.user_id, c.measure::"Measure" AS measure,
           gen_random_uuid()::text AS offer_id, gen_random_uuid()::text AS notification_id
      FROM unnest($1::text[], $2::text[], $3::text[]) AS c(family_id, user_id, measure)
  ),
  inserted AS (
    INSERT INTO "ProactiveOffer" ("id", "familyId", "measure", "rulesVersion", "notificationId", "createdAt")
    SELECT offer_id, family_id, measure, $4, notification_id, $5 FROM candidate
    ON CONFLICT ("familyId", "measure", "rulesVersion") DO NOTHING
    RETURNING "id"
  ),
  notified AS (
    INSERT INTO "Notification" ("id", "userId", "channel", "template", "params", "createdAt")
    SELECT c.notification_id, c.user_id, 'IN_APP', $6, jsonb_build_object('measure', c.measure), $5
      FROM candidate c JOIN inserted i ON i."id" = c.offer_id
    RETURNING "id"
  )
  SELECT count(*)::int AS created FROM notified`;

/** Inserts the offers not made yet for this rules version; returns how many were new. */
export async function insertOffers(client: OfferWriter, candidates: readonly OfferCandidate[], options: { rulesVersion: string; now: Date }): Promise<number> {
  if (candidates.length === 0) return 0;
  const rows = await client.$queryRawUnsafe<{ created: number }[]>(
    INSERT_SQL,
    candidates.map((candidate) => candidate.familyId),
    candidates.map((candidate) => candidate.userId),
    candidates.map((candidate) => candidate.measure),
    options.rulesVersion,
    options.now,
    OFFER_TEMPLATE,
  );
  return rows[0]?.created ?? 0;
}
