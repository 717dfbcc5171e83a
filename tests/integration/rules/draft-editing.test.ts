// Drafting a rule version: a change adds a dated value (never overwrites), can be taken
// out again while the version is a draft, only the author shapes the draft, every step is
// audited, and a submitted draft is frozen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/forms/parse-form";
import { addDraftChange } from "@/lib/rules/add-draft-change";
import { createDraft } from "@/lib/rules/create-draft";
import { addChangeSchema } from "@/lib/rules/draft-schemas";
import { loadParameterHistory } from "@/lib/rules/parameter-history";
import { loadVersion } from "@/lib/rules/load-version";
import { removeDraftChange } from "@/lib/rules/remove-draft-change";
import { submitDraft } from "@/lib/rules/submit-draft";
import { updateDraft } from "@/lib/rules/update-draft";
import { withdrawDraft } from "@/lib/rules/withdraw-draft";
import { UNIT_RULES } from "@/lib/rules/parameter-value-rules";
import en from "@/lib/i18n/messages/en/rules.json";
import kk from "@/lib/i18n/messages/kk/rules.json";
import ru from "@/lib/i18n/messages/ru/rules.json";
import { createActor, daysFromToday, formData } from "./rules-fixtures";

/** The message keys the rules editor's schemas and actions give (lib/rules/draft-schemas.ts, the CONFLICT reasons). */
function draftSchemaMessageKeys(): string[] {
  return [
    "titleRequired", "titleTooLong", "reasonRequired", "reasonTooLong", "parameterRequired", "valueRequired", "valueNotNumber",
    "dateInvalid", "dateNotFuture", "sourceRequired", "sourceTooLong", "changeExists", "passwordRequired", "passwordWrong",
    "tooManyAttempts", "notEditable", "published", "notAwaiting", "notAuthor", "ownDraft", "draftEmpty", "datePassed",
    "casesFailing", "unexpectedField", "notFound", "unexpected",
  ];
}

const conflict = (detail: string) => expect.objectContaining({ code: "CONFLICT", detail });

describe("drafting a rule version", () => {
  let author: Actor;
  let colleague: Actor;
  const firstDate = daysFromToday(1);

  beforeAll(async () => {
    author = await createActor(db, "ADMIN");
    colleague = await createActor(db, "ADMIN");
  });
  afterAll(() => db.$disconnect());

  it("adds and removes changes, edits title and reason, and audits each step", async () => {
    const { id } = await createDraft(author, { title: "Poverty line 80%", reason: "Akimat decision No. 1" });
    const date = daysFromToday(30);
    const change = await addDraftChange(author, { versionId: id, key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", value: 80, effectiveFrom: date, source: "Decision No. 1" });
    await addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 4_500, effectiveFrom: date, source: "Budget law" });

    let version = await loadVersion(author, id);
    expect(version.changes.map((c) => [c.key, c.value, c.effectiveFrom])).toEqual([
      ["MCI_TENGE", 4_500, date],
      ["POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", 80, date],
    ]);
    expect(version.firstEffectiveDate).toBe(date);

    // The same parameter and date twice in one draft is refused, not overwritten.
    await expect(addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 4_600, effectiveFrom: date, source: "x" })).rejects.toEqual(conflict("changeExists"));

    await removeDraftChange(author, { versionId: id, changeId: change.id });
    version = await loadVersion(author, id);
    expect(version.changes.map((c) => c.key)).toEqual(["MCI_TENGE"]);

    await updateDraft(author, { versionId: id, title: "MCI 2027", reason: "Budget law for 2027" });
    expect(await loadVersion(author, id)).toMatchObject({ title: "MCI 2027", reason: "Budget law for 2027", status: "DRAFT" });

    const audit = await db.auditLog.findMany({ where: { entityType: "RuleSetVersion", entityId: id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
    expect(audit.map((entry) => entry.action)).toEqual([
      "rules.draft.create",
      "rules.draft.add-change",
      "rules.draft.add-change",
      "rules.draft.remove-change",
      "rules.draft.update",
    ]);
    expect(audit.every((entry) => entry.actorId === author.id)).toBe(true);
    expect(audit[3]?.before).toMatchObject({ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", value: 80, effectiveFrom: date });
    expect(audit[4]).toMatchObject({ before: { title: "Poverty line 80%" }, after: { title: "MCI 2027" } });
  });

  it("keeps drafts out of a parameter's history", async () => {
    const { id } = await createDraft(author, { title: "Not yet", reason: "Only a draft" });
    await addDraftChange(author, { versionId: id, key: "MORTGAGE_TERM_MONTHS", value: 240, effectiveFrom: daysFromToday(40), source: "Proposal" });
    const history = await loadParameterHistory(author, "MORTGAGE_TERM_MONTHS", daysFromToday(0));
    expect(history.entries.map((entry) => entry.value)).not.toContain(240);
    expect(history.entries.filter((entry) => entry.inForce)).toHaveLength(1);
    await expect(loadParameterHistory(author, "NOT_A_PARAMETER", daysFromToday(0))).rejects.toEqual(new AppError("NOT_FOUND"));
  });

  it("lets only the author change or submit a draft", async () => {
    const { id } = await createDraft(author, { title: "Author only", reason: "Four eyes" });
    const change = await addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 4_400, effectiveFrom: daysFromToday(20), source: "Budget" });
    const refused = conflict("notAuthor");
    await expect(addDraftChange(colleague, { versionId: id, key: "MCI_TENGE", value: 1, effectiveFrom: daysFromToday(21), source: "x" })).rejects.toEqual(refused);
    await expect(removeDraftChange(colleague, { versionId: id, changeId: change.id })).rejects.toEqual(refused);
    await expect(updateDraft(colleague, { versionId: id, title: "Hijack", reason: "No" })).rejects.toEqual(refused);
    await expect(submitDraft(colleague, id, new Date())).rejects.toEqual(refused);
  });

  it("refuses to submit an empty draft, and freezes a submitted one until the author takes it back", async () => {
    const { id } = await createDraft(author, { title: "Frozen", reason: "Submitted" });
    await expect(submitDraft(author, id, new Date())).rejects.toEqual(conflict("draftEmpty"));
    const change = await addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 4_450, effectiveFrom: daysFromToday(25), source: "Budget" });
    await submitDraft(author, id, new Date());
    expect((await loadVersion(author, id)).status).toBe("AWAITING_APPROVAL");

    const frozen = conflict("notEditable");
    await expect(addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 1, effectiveFrom: daysFromToday(26), source: "x" })).rejects.toEqual(frozen);
    await expect(removeDraftChange(author, { versionId: id, changeId: change.id })).rejects.toEqual(frozen);
    await expect(updateDraft(author, { versionId: id, title: "Changed", reason: "Changed" })).rejects.toEqual(frozen);
    await expect(submitDraft(author, id, new Date())).rejects.toEqual(frozen);
    await expect(withdrawDraft(colleague, id)).rejects.toEqual(conflict("notAuthor"));

    await withdrawDraft(author, id);
    expect((await loadVersion(author, id)).status).toBe("DRAFT");
    const actions = await db.auditLog.findMany({ where: { entityId: id, action: { in: ["rules.draft.submit", "rules.draft.withdraw"] } }, orderBy: { id: "asc" }, select: { before: true, after: true } });
    expect(actions).toEqual([
      { before: { status: "DRAFT" }, after: { status: "AWAITING_APPROVAL", changes: 1 } },
      { before: { status: "AWAITING_APPROVAL" }, after: { status: "DRAFT" } },
    ]);
  });

  it("refuses to submit a draft whose date is no longer in the future", async () => {
    const { id } = await createDraft(author, { title: "Late", reason: "Waited too long" });
    await addDraftChange(author, { versionId: id, key: "MCI_TENGE", value: 4_460, effectiveFrom: daysFromToday(2), source: "Budget" });
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
    await expect(submitDraft(author, id, inThreeDays)).rejects.toEqual(conflict("datePassed"));
  });

  describe("the change form's validation", () => {
    const parse = (fields: Record<string, string>) =>
      parseForm(addChangeSchema(firstDate), formData({ versionId: "v1", key: "MCI_TENGE", value: "4500", effectiveFrom: firstDate, source: "Budget law", ...fields }));
    const errorOf = (fields: Record<string, string>) => {
      const result = parse(fields);
      return result.ok ? null : result.fieldErrors;
    };

    it("accepts a valid change and reads numbers as typed in any of the three languages", () => {
      expect(parse({})).toEqual({ ok: true, data: { versionId: "v1", key: "MCI_TENGE", value: 4_500, effectiveFrom: firstDate, source: "Budget law" } });
      expect(parse({ key: "SUBSISTENCE_MINIMUM_TENGE", value: "55 000" })).toMatchObject({ ok: true, data: { value: 55_000 } });
      expect(parse({ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", value: "80,5" })).toMatchObject({ ok: true, data: { value: 80.5 } });
      expect(parse({ key: "ONE_TIME_ASSISTANCE_CAP_MCI", value: "52.25" })).toMatchObject({ ok: true, data: { value: 52.25 } });
    });

    it.each([
      ["MCI_TENGE", "4500.5", "value_tenge"],
      ["MCI_TENGE", "-1", "value_tenge"],
      ["SUBSISTENCE_MINIMUM_TENGE", "1e5", "valueNotNumber"],
      ["POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", "100.01", "value_percent"],
      ["POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", "70.555", "value_percent"],
      ["SCHOLARSHIP_FIRST_ACADEMIC_MONTH", "13", "value_month_of_year"],
      ["SCHOLARSHIP_LAST_ACADEMIC_MONTH", "0", "value_month_of_year"],
      ["LARGE_FAMILY_MIN_CHILDREN", "0", "value_children"],
      ["KINDERGARTEN_MIN_BIRTH_ORDER", "1.5", "value_birth_order"],
      ["MINOR_AGE_YEARS", "121", "value_years"],
      ["MORTGAGE_TERM_MONTHS", "0", "value_months"],
      ["REVIEW_PERIOD_WORKING_DAYS_SCHOLARSHIP", "0", "value_working_days"],
      ["ONE_TIME_ASSISTANCE_CAP_MCI", "0", "value_mci"],
      ["MCI_TENGE", "", "valueRequired"],
      ["MCI_TENGE", "four thousand", "valueNotNumber"],
    ])("refuses %s = %j (%s)", (key, value, error) => {
      expect(errorOf({ key, value })).toEqual({ value: error });
    });

    it("has a message in every language for each refusal the schema can give", () => {
      const keys = [...draftSchemaMessageKeys(), ...Object.keys(UNIT_RULES).map((unit) => `value_${unit}`)];
      for (const messages of [en, ru, kk]) {
        for (const key of keys) expect(messages.errors, key).toHaveProperty([key]);
      }
    });

    it("refuses unknown parameters, dates not after today, missing sources and extra fields", () => {
      expect(errorOf({ key: "POVERTY_LINE_TENGE" })).toEqual({ key: "parameterRequired" });
      expect(errorOf({ effectiveFrom: daysFromToday(0) })).toEqual({ effectiveFrom: "dateNotFuture" });
      expect(errorOf({ effectiveFrom: "2027-02-30" })).toEqual({ effectiveFrom: "dateInvalid" });
      expect(errorOf({ source: "  " })).toEqual({ source: "sourceRequired" });
      const extra = parse({ status: "PUBLISHED" });
      expect(extra).toMatchObject({ ok: false, hasUnexpectedFields: true });
    });
  });
});
