// Only administrators reach the rules editor: every data function refuses citizens,
// caseworkers and supervisors (FORBIDDEN, before touching any record), and a version
// that does not exist is NOT_FOUND for an administrator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { addDraftChange } from "@/lib/rules/add-draft-change";
import { createDraft } from "@/lib/rules/create-draft";
import { computeImpactPreview } from "@/lib/rules/impact-preview";
import { listAffectedFamilies } from "@/lib/rules/list-affected-families";
import { listParameters } from "@/lib/rules/list-parameters";
import { listVersions } from "@/lib/rules/list-versions";
import { loadVersion } from "@/lib/rules/load-version";
import { loadParameterHistory } from "@/lib/rules/parameter-history";
import { publishVersion } from "@/lib/rules/publish-version";
import { removeDraftChange } from "@/lib/rules/remove-draft-change";
import { submitDraft } from "@/lib/rules/submit-draft";
import { updateDraft } from "@/lib/rules/update-draft";
import { withdrawDraft } from "@/lib/rules/withdraw-draft";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { createActor, daysFromToday, PASSWORD } from "./rules-fixtures";

describe("rules editor access", () => {
  let admin: Actor;
  let versionId: string;
  let changeId: string;
  const outsiders: [string, () => Actor][] = [];
  let citizen: Actor;
  let caseworker: Actor;
  let supervisor: Actor;

  beforeAll(async () => {
    admin = await createActor(db, "ADMIN", PASSWORD);
    caseworker = await createActor(db, "CASEWORKER", PASSWORD);
    supervisor = await createActor(db, "SUPERVISOR", PASSWORD);
    const family = await createCitizenWithFamily(db, { password: PASSWORD });
    citizen = { id: family.user.id, role: "CITIZEN", district: null };
    const draft = await createDraft(admin, { title: "Access", reason: "Access test" });
    versionId = draft.id;
    changeId = (await addDraftChange(admin, { versionId, key: "MCI_TENGE", value: 4_800, effectiveFrom: daysFromToday(90), source: "Budget" })).id;
  });
  afterAll(() => db.$disconnect());

  outsiders.push(["citizen", () => citizen], ["caseworker", () => caseworker], ["supervisor", () => supervisor]);

  it.each(outsiders)("refuses a %s every read and every step", async (_role, actorOf) => {
    const actor = actorOf();
    const forbidden = expect.objectContaining({ code: "FORBIDDEN" });
    const today = daysFromToday(0);
    expect(() => listParameters(actor, DEFAULT_PARAMETERS, today)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    const attempts: Promise<unknown>[] = [
      listVersions(actor),
      loadVersion(actor, versionId),
      loadParameterHistory(actor, "MCI_TENGE", today),
      computeImpactPreview(actor, versionId),
      listAffectedFamilies(actor, versionId, { measure: "FREE_KINDERGARTEN", change: "gained", page: 1 }),
      createDraft(actor, { title: "Mine", reason: "Not allowed" }),
      updateDraft(actor, { versionId, title: "Mine", reason: "Not allowed" }),
      addDraftChange(actor, { versionId, key: "MCI_TENGE", value: 1, effectiveFrom: daysFromToday(91), source: "x" }),
      removeDraftChange(actor, { versionId, changeId }),
      submitDraft(actor, versionId, new Date()),
      withdrawDraft(actor, versionId),
      publishVersion(actor, { versionId, password: PASSWORD }, { now: new Date() }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toEqual(forbidden);
    // Nothing changed.
    const version = await loadVersion(admin, versionId);
    expect(version).toMatchObject({ title: "Access", status: "DRAFT" });
    expect(version.changes).toHaveLength(1);
  });

  it("answers NOT_FOUND for a version that does not exist", async () => {
    const notFound = expect.objectContaining({ code: "NOT_FOUND" });
    await expect(loadVersion(admin, "no-such-version")).rejects.toEqual(notFound);
    await expect(computeImpactPreview(admin, "no-such-version")).rejects.toEqual(notFound);
    await expect(updateDraft(admin, { versionId: "no-such-version", title: "x x x", reason: "y y y" })).rejects.toEqual(notFound);
    await expect(publishVersion(admin, { versionId: "no-such-version", password: PASSWORD }, { now: new Date() })).rejects.toEqual(notFound);
    await expect(removeDraftChange(admin, { versionId, changeId: "no-such-change" })).rejects.toEqual(notFound);
  });
});
