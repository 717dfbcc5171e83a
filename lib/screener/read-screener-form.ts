// The screener's one boundary: the posted form crosses a strict schema here. The form has
// a varying number of member rows (`members.<n>.<field>`), so the flat fields are grouped
// into rows first and the grouped object is parsed strictly: a field the form does not
// have (at the top or in a row) is refused, never silently dropped or applied.
import { z } from "zod";
import { formRecordHasNul } from "@/lib/forms/forbidden-characters";
import { formDataToRecord } from "@/lib/forms/parse-form";
import {
  HOUSEHOLD_FLAG_FIELDS,
  HOUSEHOLD_TEXT_FIELDS,
  MAX_MEMBERS,
  MEMBER_FLAG_FIELDS,
  MEMBER_TEXT_FIELDS,
  emptyHousehold,
  emptyMember,
  type MemberValues,
  type ScreenerValues,
} from "./screener-values";

/** What the visitor pressed: each button of the form posts its own `intent`. */
export type ScreenerIntent =
  | { kind: "count"; householdSize: string }
  | { kind: "add" }
  | { kind: "remove"; index: number }
  | { kind: "edit" }
  | { kind: "check" };

const text = z.string().max(200);
// A ticked checkbox posts "on"; an unticked one posts nothing.
const flag = z.literal("on").optional();

const memberRowSchema = z.strictObject({
  role: text.optional(),
  birthDate: text.optional(),
  monthlyIncome: text.optional(),
  education: text.optional(),
  employed: flag,
  fullTimeStudent: flag,
  excellentStudent: flag,
  disability: flag,
  homeSchooled: flag,
});

const postedFormSchema = z.strictObject({
  intent: z.string().regex(/^(count|add|edit|check|remove:\d{1,2})$/),
  householdSize: text.optional(),
  members: z.array(memberRowSchema).max(MAX_MEMBERS),
  otherMonthlyIncome: text.optional(),
  savings: text.optional(),
  apartmentPrice: text.optional(),
  inHousingQueue: flag,
  ownsHome: flag,
  difficultSituation: flag,
});

const MEMBER_KEY = /^members\.(\d{1,2})\.([A-Za-z]+)$/;

/** Groups `members.<n>.<field>` into rows in the order of n; other keys stay at the top. */
function groupRows(record: Record<string, string>): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(record)) {
    const match = MEMBER_KEY.exec(key);
    if (!match) {
      top[key] = value;
      continue;
    }
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2] as string] = value;
    rows.set(index, row);
  }
  top.members = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return top;
}

function toIntent(intent: string, householdSize: string | undefined): ScreenerIntent {
  if (intent.startsWith("remove:")) return { kind: "remove", index: Number(intent.slice("remove:".length)) };
  if (intent === "count") return { kind: "count", householdSize: householdSize ?? "" };
  return { kind: intent as "add" | "edit" | "check" };
}

export type ReadScreenerFormResult = { ok: true; intent: ScreenerIntent; values: ScreenerValues } | { ok: false };

export function readScreenerForm(formData: FormData): ReadScreenerFormResult {
  const record = formDataToRecord(formData);
  if (formRecordHasNul(record)) return { ok: false };
  const parsed = postedFormSchema.safeParse(groupRows(record));
  if (!parsed.success) return { ok: false };
  const posted = parsed.data;
  const members = posted.members.map((row): MemberValues => {
    const member = emptyMember();
    for (const field of MEMBER_TEXT_FIELDS) member[field] = row[field] ?? "";
    for (const field of MEMBER_FLAG_FIELDS) member[field] = row[field] === "on";
    return member;
  });
  const household = emptyHousehold();
  for (const field of HOUSEHOLD_TEXT_FIELDS) household[field] = posted[field] ?? "";
  for (const field of HOUSEHOLD_FLAG_FIELDS) household[field] = posted[field] === "on";
  return { ok: true, intent: toIntent(posted.intent, posted.householdSize), values: { members, household } };
}
