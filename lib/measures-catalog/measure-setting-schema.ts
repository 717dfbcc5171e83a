// The administrator's form for one measure of the catalog. Error messages are keys of
// catalog.errors. Empty text fields mean "not set" (no window, no quota, no notice).
import { z } from "zod";
import { isIsoDate } from "@/lib/eligibility/dates";
import { Measure, MeasureStatus } from "@/prisma/generated/enums";

const NOTICE_MAX = 500;

const optionalDate = z
  .string()
  .trim()
  .refine((text) => text === "" || isIsoDate(text), { message: "dateInvalid" })
  .transform((text) => (text === "" ? null : text));

const optionalQuota = z
  .string()
  .trim()
  .refine((text) => text === "" || (/^\d{1,7}$/.test(text) && Number(text) >= 1), { message: "quotaInvalid" })
  .transform((text) => (text === "" ? null : Number(text)));

const optionalNotice = z
  .string()
  .trim()
  .max(NOTICE_MAX, { message: "noticeTooLong" })
  .transform((text) => (text === "" ? null : text));

const NOTICE_FIELDS = ["noticeKk", "noticeRu", "noticeEn"] as const;

export const measureSettingSchema = z
  .strictObject({
    measure: z.enum(Measure, { message: "measureInvalid" }),
    status: z.enum(MeasureStatus, { message: "statusInvalid" }),
    windowStartsOn: optionalDate,
    windowEndsOn: optionalDate,
    quota: optionalQuota,
    noticeKk: optionalNotice,
    noticeRu: optionalNotice,
    noticeEn: optionalNotice,
  })
  .superRefine((input, context) => {
    if ((input.windowStartsOn === null) !== (input.windowEndsOn === null)) {
      const missing = input.windowStartsOn === null ? "windowStartsOn" : "windowEndsOn";
      context.addIssue({ code: "custom", path: [missing], message: "windowBothDates" });
    }
    if (input.windowStartsOn !== null && input.windowEndsOn !== null && input.windowEndsOn < input.windowStartsOn) {
      context.addIssue({ code: "custom", path: ["windowEndsOn"], message: "windowEndBeforeStart" });
    }
    // Citizens are told why in their own language: a pause or closure needs all three texts.
    if (input.status !== "OPEN") {
      for (const field of NOTICE_FIELDS) {
        if (input[field] === null) context.addIssue({ code: "custom", path: [field], message: `${field}Required` });
      }
    }
  });

export type MeasureSettingInput = z.infer<typeof measureSettingSchema>;
