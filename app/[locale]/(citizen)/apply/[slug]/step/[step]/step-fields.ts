// The fields of one step, built on the server from the draft, the family and the rules,
// for the StepForm client component (plain data: no functions cross to the browser).
import type { getTranslations } from "next-intl/server";
import type { StepField } from "@/components/apply/step-form";
import type { ApplyFamily } from "@/lib/applications/drafts/own-apply-family";
import { COUNSELLING_KINDS, COUNSELLING_VENUES, COURSE_FIELDS, LENDER_MAX_LENGTH, SITUATION_MAX_LENGTH, type Answers } from "@/lib/applications/flows/answers";
import type { StepId } from "@/lib/applications/flows/flow-definitions";
import { formatSlotTime } from "@/lib/counselling/format-slot-time";
import type { FreeSlot } from "@/lib/counselling/list-free-slots";
import { ageOn, dateInAlmaty } from "@/lib/eligibility/dates";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/i18n/locales";
import { stepHint, stepQuestion } from "../../step-question";

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

export interface StepFieldContext {
  t: Translate;
  locale: Locale;
  measure: MeasureCode;
  step: StepId;
  answers: Answers;
  family: ApplyFamily;
  /** Members the engine finds eligible, without an open application (children and adult steps). */
  choosableMemberIds: string[];
  freeSlots: FreeSlot[];
  now: Date;
}

function memberOptions(context: StepFieldContext) {
  const today = dateInAlmaty(context.now);
  return context.family.members
    .filter((member) => context.choosableMemberIds.includes(member.id))
    .map((member) => ({
      value: member.id,
      label: member.fullName,
      hint: context.t("apply.memberAge", { age: ageOn(member.birthDate.toISOString().slice(0, 10), today) }),
    }));
}

export function buildStepFields(context: StepFieldContext): StepField[] {
  const { t, measure, step, answers, family } = context;
  const question = stepQuestion(t, measure, step);
  const hint = stepHint(t, measure, step);
  switch (step) {
    case "children":
      return [{ kind: "choices", type: "checkbox", name: "memberIds", legend: question, isPageHeading: true, hint, options: memberOptions(context), checked: answers.memberIds ?? [] }];
    case "adult":
      return [{ kind: "choices", type: "radio", name: "adultMemberId", legend: question, isPageHeading: true, hint, options: memberOptions(context), checked: answers.adultMemberId ? [answers.adultMemberId] : [] }];
    case "price": {
      const known = answers.apartmentPriceTenge ?? family.housing?.apartmentPriceTenge ?? undefined;
      return [{ kind: "text", name: "apartmentPriceTenge", label: t("apply.fields.apartmentPriceTenge"), hint, inputMode: "numeric", maxLength: 16, width: "short", defaultValue: known === undefined ? undefined : String(known) }];
    }
    case "lender":
      return [{ kind: "text", name: "lender", label: t("apply.fields.lender"), hint, maxLength: LENDER_MAX_LENGTH, autoComplete: "organization", defaultValue: answers.lender }];
    case "housing":
      return [
        { kind: "confirm", name: "housingQueueConfirmed", label: t("apply.fields.housingQueueConfirmed"), checked: answers.housingQueueConfirmed ?? family.housing?.inHousingQueue ?? false },
        {
          kind: "text",
          name: "savingsTenge",
          label: t("apply.fields.savingsTenge"),
          hint: t("apply.fields.savingsHint"),
          inputMode: "numeric",
          maxLength: 16,
          width: "short",
          defaultValue: String(answers.savingsTenge ?? family.housing?.savingsTenge ?? ""),
        },
      ];
    case "situation":
      return [{ kind: "textarea", name: "situation", label: question, isPageHeading: true, hint, maxLength: SITUATION_MAX_LENGTH, defaultValue: answers.situation ?? family.difficultLifeSituation ?? undefined }];
    case "course":
      return [{ kind: "choices", type: "radio", name: "courseField", legend: question, isPageHeading: true, hint, options: COURSE_FIELDS.map((field) => ({ value: field, label: t(`apply.courses.${field}`) })), checked: answers.courseField ? [answers.courseField] : [] }];
    case "counselling-kind":
      return [{ kind: "choices", type: "radio", name: "counsellingKind", legend: question, isPageHeading: true, options: COUNSELLING_KINDS.map((kind) => ({ value: kind, label: t(`counselling.kinds.${kind}`), hint: t(`counselling.kindHints.${kind}`) })), checked: answers.counsellingKind ? [answers.counsellingKind] : [] }];
    case "counselling-venue":
      return [{ kind: "choices", type: "radio", name: "counsellingVenue", legend: question, isPageHeading: true, options: COUNSELLING_VENUES.map((venue) => ({ value: venue, label: t(`counselling.venues.${venue}`), hint: t(`counselling.venueHints.${venue}`) })), checked: answers.counsellingVenue ? [answers.counsellingVenue] : [] }];
    case "counselling-slot":
      return [
        {
          kind: "choices",
          type: "radio",
          name: "slotId",
          legend: question,
          isPageHeading: true,
          hint: t("counselling.slotHint"),
          options: context.freeSlots.map((slot) => ({ value: slot.id, label: t("counselling.slotLabel", { time: formatSlotTime(context.locale, slot.startsAt), counsellor: slot.counsellorName }) })),
          checked: answers.slotId ? [answers.slotId] : [],
        },
      ];
  }
}
