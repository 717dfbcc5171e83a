// Constraints in the database itself: every foreign key is indexed, one open application
// per family + measure + member, one IIN per person, non-negative money, and an
// application's district that always equals its family's.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCitizenWithFamily } from "@/prisma/seed/factories";

describe("database constraints", () => {
  let sql: pg.Client;
  beforeAll(async () => {
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await db.$disconnect();
  });

  it("index every foreign key (its columns lead some index)", async () => {
    const { rows } = await sql.query<{ constraint: string }>(`
      SELECT c.conname AS constraint
      FROM pg_constraint c
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey::int2[]
        )`);
    expect(rows).toEqual([]);
  });

  it("keep an application's district equal to its family's, whatever the writer sends", async () => {
    const { family } = await createCitizenWithFamily(db, { district: "MEDEU" });
    const application = await db.application.create({
      data: { familyId: family.id, measure: "ONE_TIME_ASSISTANCE", reference: `T-D-${family.id}`, status: "SUBMITTED", district: "TURKSIB" },
    });
    expect(application.district).toBe("MEDEU");
    await db.application.update({ where: { id: application.id }, data: { district: "ALATAU" } });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).district).toBe("MEDEU");
    // The family moves: its applications move with it, so the district's caseworkers keep them in reach.
    await db.family.update({ where: { id: family.id }, data: { district: "AUEZOV" } });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).district).toBe("AUEZOV");
    await expect(sql.query(`UPDATE "Application" SET "district" = NULL WHERE id = $1`, [application.id])).resolves.toBeDefined();
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).district).toBe("AUEZOV");
  });

  it("allow only one open application per family, measure and member", async () => {
    const { family, members } = await createCitizenWithFamily(db);
    const child = members.find((member) => member.role === "CHILD") ?? members[0]!;
    const base = { familyId: family.id, measure: "SCHOLARSHIP" as const, memberId: child.id };
    await db.application.create({ data: { ...base, reference: `T-${family.id}-1`, status: "SUBMITTED" } });
    await expect(db.application.create({ data: { ...base, reference: `T-${family.id}-2`, status: "DRAFT" } })).rejects.toThrow();
    // A closed application does not block a new one.
    await db.application.create({ data: { ...base, reference: `T-${family.id}-3`, status: "REJECTED" } });
    // Family-level applications (no member) collide with each other too.
    await db.application.create({ data: { familyId: family.id, measure: "ONE_TIME_ASSISTANCE", reference: `T-${family.id}-4`, status: "IN_REVIEW" } });
    await expect(
      db.application.create({ data: { familyId: family.id, measure: "ONE_TIME_ASSISTANCE", reference: `T-${family.id}-5`, status: "SUBMITTED" } }),
    ).rejects.toThrow();
  });

  it("refuse a second person with the same IIN and negative money", async () => {
    const { family, members } = await createCitizenWithFamily(db);
    const existing = members[0]!;
    await expect(
      db.familyMember.create({ data: { familyId: family.id, iin: existing.iin, fullName: "Копия", birthDate: existing.birthDate, role: "OTHER" } }),
    ).rejects.toThrow();
    await expect(db.familyMember.update({ where: { id: existing.id }, data: { monthlyIncomeTenge: -1 } })).rejects.toThrow();
  });
});
