// Complete, submittable drafts for many different families, written straight into the
// bench's database: a one-time assistance draft (one question, "situation") per family
// with every adult's consent on file — what a family has after going through the flow,
// minus the pages. Each submission of the loads then moves a different draft, so the
// figures measure submitting, not the "already submitted" short-cut or a conflict.
import pg from "pg";
import { APPLICATION_CONSENT_PURPOSE, ADULT_AGE_YEARS } from "../../lib/consent/consent-rules";
import { slugForMeasure } from "../../lib/applications/flows/measure-slug";
import type { SessionClaims } from "../../lib/auth/session-claims";
import { demoAccount } from "../../prisma/seed/demo-accounts";

export const BENCH_MEASURE = "ONE_TIME_ASSISTANCE";
export const BENCH_MEASURE_SLUG = slugForMeasure(BENCH_MEASURE);
const SITUATION = "Пожар в квартире, семья временно живёт у родственников и просит единовременную помощь.";
const OPEN_STATUSES = "('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'APPEALED')";

export interface PreparedDraft {
  applicationId: string;
  familyId: string;
  user: { id: string; role: SessionClaims["role"]; sessionVersion: number };
}

/**
 * Creates `count` drafts, each for a different citizen family that has no open one-time
 * assistance application yet (so repeated calls never reuse a family). `tag` keeps the
 * ids of separate calls apart. The demo citizen's family is left alone: the Lighthouse
 * run shows its apply page as the demo leaves it.
 */
export async function prepareDrafts(databaseUrl: string, count: number, tag: string): Promise<PreparedDraft[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ application_id: string; family_id: string; user_id: string; role: SessionClaims["role"]; session_version: number }>(
      `WITH chosen AS (
         SELECT f.id AS family_id, u.id AS user_id, u.role, u."sessionVersion" AS session_version,
                row_number() OVER (ORDER BY f.id) AS n
           FROM "Family" f JOIN "User" u ON u.id = f."applicantId"
          WHERE u.role = 'CITIZEN' AND u."disabledAt" IS NULL AND u.id <> $3
            AND NOT EXISTS (SELECT 1 FROM "Application" a
                             WHERE a."familyId" = f.id AND a.measure = $4::"Measure" AND a.status IN ${OPEN_STATUSES})
          ORDER BY f.id
          LIMIT $1
       ), drafts AS (
         INSERT INTO "Application" (id, reference, "familyId", measure, status, version, answers, "updatedAt")
         SELECT 'app_bench_' || $2 || '_' || n,
                'BO-' || extract(year FROM now() AT TIME ZONE 'Asia/Almaty')::int || '-' || lpad(nextval('application_reference_seq')::text, 6, '0'),
                family_id, $4::"Measure", 'DRAFT', 0, jsonb_build_object('situation', $5::text), now()
           FROM chosen
         RETURNING id, "familyId"
       )
       SELECT d.id AS application_id, c.family_id, c.user_id, c.role, c.session_version
         FROM drafts d JOIN chosen c ON c.family_id = d."familyId"`,
      [count, tag, demoAccount("CITIZEN").userId, BENCH_MEASURE, SITUATION],
    );
    if (rows.length < count) throw new Error(`only ${rows.length} families can take a new ${BENCH_MEASURE} draft, ${count} wanted: seed more families`);
    const applicationIds = rows.map((row) => row.application_id);
    await client.query(
      `INSERT INTO "TimelineEvent" (id, "applicationId", type, "actorId", "toStatus")
       SELECT 'tle_' || a.id, a.id, 'CREATED', f."applicantId", 'DRAFT'
         FROM "Application" a JOIN "Family" f ON f.id = a."familyId" WHERE a.id = ANY($1)`,
      [applicationIds],
    );
    // Every adult (lib/consent/consent-rules.ts) must have consented before submission.
    await client.query(
      `INSERT INTO "Consent" (id, "familyId", "memberId", purpose)
       SELECT 'cns_bench_' || m.id, m."familyId", m.id, $2
         FROM "FamilyMember" m JOIN "Application" a ON a."familyId" = m."familyId"
        WHERE a.id = ANY($1) AND m.role <> 'CHILD'
          AND m."birthDate" <= (now() AT TIME ZONE 'Asia/Almaty')::date - make_interval(years => $3)
          AND NOT EXISTS (SELECT 1 FROM "Consent" c WHERE c."memberId" = m.id AND c.purpose = $2 AND c."revokedAt" IS NULL)`,
      [applicationIds, APPLICATION_CONSENT_PURPOSE, ADULT_AGE_YEARS],
    );
    await client.query("COMMIT");
    return rows.map((row) => ({
      applicationId: row.application_id,
      familyId: row.family_id,
      user: { id: row.user_id, role: row.role, sessionVersion: row.session_version },
    }));
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

/** How many of `applicationIds` are SUBMITTED now, and how many applications they became. */
export async function countSubmitted(databaseUrl: string, applicationIds: readonly string[]): Promise<{ submitted: number; stillDraft: number; submittedEvents: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ submitted: number; draft: number; events: number }>(
      `SELECT count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE status = 'DRAFT')::int AS draft,
              (SELECT count(*)::int FROM "TimelineEvent" t WHERE t."applicationId" = ANY($1) AND t.type = 'SUBMITTED') AS events
         FROM "Application" WHERE id = ANY($1)`,
      [applicationIds],
    );
    const row = rows[0]!;
    return { submitted: row.submitted, stillDraft: row.draft, submittedEvents: row.events };
  } finally {
    await client.end();
  }
}
