// The audit log is append-only in the database itself: whatever the application's code
// does, UPDATE, DELETE and TRUNCATE on "AuditLog" are refused by triggers.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("AuditLog in SQL", () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId", after) VALUES ('test.append', 'Test', 'x', '{"n":1}')`);
  });
  afterAll(() => client.end());

  it("accepts inserts and reads", async () => {
    const rows = await client.query(`SELECT action FROM "AuditLog" WHERE "entityId" = 'x'`);
    expect(rows.rows).toEqual([{ action: "test.append" }]);
  });

  it("refuses UPDATE", async () => {
    await expect(client.query(`UPDATE "AuditLog" SET action = 'changed'`)).rejects.toThrow(/append-only/);
  });

  it("refuses DELETE", async () => {
    await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
  });

  it("refuses TRUNCATE", async () => {
    await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  });

  it("still holds the row afterwards, unchanged", async () => {
    const rows = await client.query(`SELECT action, after FROM "AuditLog" WHERE "entityId" = 'x'`);
    expect(rows.rows).toEqual([{ action: "test.append", after: { n: 1 } }]);
  });
});
