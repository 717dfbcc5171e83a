// A family can only ever see and change its own members: another family's member is
// NOT_FOUND for reading, editing and removing, and stays as it was.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getOwnMember } from "@/lib/families/get-own-member";
import { removeFamilyMember } from "@/lib/families/remove-family-member";
import { updateFamilyMember } from "@/lib/families/update-family-member";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { memberInput } from "./support";

describe("two families", () => {
  afterAll(() => db.$disconnect());

  it("the second family cannot read, change or remove the first one's members", async () => {
    const first = await createCitizenWithFamily(db);
    const second = await createCitizenWithFamily(db);
    const secondActor = { id: second.user.id, role: second.user.role, district: null };
    const target = first.members[0]!;
    const before = await db.familyMember.findUniqueOrThrow({ where: { id: target.id } });

    await expect(getOwnMember(secondActor, target.id)).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(updateFamilyMember(secondActor, target.id, memberInput())).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(removeFamilyMember(secondActor, target.id)).rejects.toEqual(new AppError("NOT_FOUND"));

    expect(await db.familyMember.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
    // The owner still reaches it.
    const firstActor = { id: first.user.id, role: first.user.role, district: null };
    expect((await getOwnMember(firstActor, target.id)).id).toBe(target.id);
  });
});
