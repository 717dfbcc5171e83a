// Bulk insert for the demo seed: one statement per table and chunk, PostgreSQL parsing a
// JSON array straight into the table's row type (split out of seed-demo-data.ts).
import type { Database } from "@/lib/db/create-client";

export type Executor = Pick<Database, "$executeRawUnsafe">;

/** Columns the seed writes per table; the others take their database defaults. */
const COLUMNS = {
  User: ["id", "iin", "fullName", "phone", "passwordHash", "role", "district", "locale", "createdAt", "updatedAt", "createdById"],
  Family: ["id", "applicantId", "district", "address", "otherMonthlyIncomeTenge", "difficultLifeSituation", "createdAt", "updatedAt"],
  FamilyMember: [
    "id", "familyId", "iin", "fullName", "birthDate", "role", "relation", "education", "fullTimeStudent", "excellentStudent",
    "disability", "homeSchooled", "employed", "monthlyIncomeTenge", "position", "createdAt", "updatedAt",
  ],
  HousingSituation: ["familyId", "inHousingQueue", "ownsHome", "savingsTenge", "apartmentPriceTenge", "updatedAt"],
  HousingQueueEntry: ["id", "familyId", "category", "registeredAt", "status", "updatedAt"],
  HousingQueueEvent: ["id", "entryId", "kind", "position", "note", "createdAt"],
  Application: [
    "id", "reference", "familyId", "measure", "memberId", "status", "version", "answers", "amountTenge", "assigneeId",
    "submittedAt", "dueAt", "decidedAt", "createdAt", "updatedAt",
  ],
  TimelineEvent: ["id", "applicationId", "type", "actorId", "fromStatus", "toStatus", "message", "isInternal", "respondBy", "createdAt"],
  Decision: [
    "id", "applicationId", "outcome", "reasonCode", "explanation", "amountTenge", "decidedById", "secondApproverId",
    "secondApprovedAt", "createdAt",
  ],
  Entitlement: ["id", "applicationId", "memberId", "measure", "amountTenge", "period", "startsOn", "endsOn", "payee", "createdAt"],
  PaymentRun: ["id", "periodMonth", "startedById", "createdAt", "exportedAt", "confirmedAt"],
  Payment: ["id", "entitlementId", "runId", "periodMonth", "amountTenge", "status", "failureReason", "sentAt", "paidAt", "createdAt", "updatedAt"],
  Notification: ["id", "userId", "channel", "template", "params", "readAt", "sentAt", "createdAt"],
  AuditLog: ["id", "at", "actorId", "actorRole", "action", "entityType", "entityId", "before", "after"],
} as const;

type Table = keyof typeof COLUMNS;

// Rows larger than this many JSON characters go in several statements (PostgreSQL's
// limit for one text value is 1 GB; smaller pieces keep memory flat).
const MAX_JSON_CHARACTERS = 32 * 1024 * 1024;

/**
 * Inserts rows with one statement: PostgreSQL parses the JSON array straight into the
 * table's row type (enums, dates and JSON columns included). Dates serialise as ISO
 * instants in UTC, which `timestamp(3)` and `date` columns read as such.
 */
export async function insertRows(db: Executor, table: Table, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows);
  if (json.length > MAX_JSON_CHARACTERS && rows.length > 1) {
    const half = Math.ceil(rows.length / 2);
    await insertRows(db, table, rows.slice(0, half));
    await insertRows(db, table, rows.slice(half));
    return;
  }
  const columns = COLUMNS[table].map((column) => `"${column}"`).join(", ");
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    json,
  );
}
