// Removing a member: allowed for one named nowhere, refused with an explanation for one
// named in an application (the application keeps its member: onDelete Restrict).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { addFamilyMember } from "@/lib/families/add-family-member";
import { removeFamilyMember } from "@/lib/families/remove-family-member";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { memberInput } from "./support";

describe("removing a family member", () => {
  afterAll(() => db.$disconnect());

  it("removes a member who is named nowhere, with an audit entry", async () => {
    const record = await createCitizenWithFamily(db);
    const actor = { id: record.user.id, role: record.user.role, district: null };
    const added = await addFamilyMember(actor, memberInput());
    await removeFamilyMember(actor, added.id);
    expect(await db.familyMember.findUnique({ where: { id: added.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "family-member.delete", entityId: added.id } })).toBe(1);
  });

  it("refuses to remove a member named in an open application, and keeps everything", async () => {
    const record = await createCitizenWithFamily(db);
    const actor = { id: record.user.id, role: record.user.role, district: null };
    const child = await addFamilyMember(actor, memberInput());
    await db.application.create({
      data: {
        reference: `BO-2026-T${process.pid}${Date.now() % 100_000}`,
        familyId: record.family.id,
        measure: "FREE_KINDERGARTEN",
        memberId: child.id,
        status: "SUBMITTED",
      },
    });
    await expect(removeFamilyMember(actor, child.id)).rejects.toEqual(new AppError("CONFLICT", "memberInApplication"));
    expect(await db.familyMember.findUnique({ where: { id: child.id } })).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "family-member.delete", entityId: child.id } })).toBe(0);
  });
});
