// The notification templates the portal knows, and the message key each is rendered with.
// A Notification row stores the template name and its parameters, never rendered text,
// so each reader sees it in their own language (and a wording fix reaches old rows too).
import { z } from "zod";
import { ApplicationStatus, Measure } from "@/prisma/generated/enums";

export const NOTIFICATION_TEMPLATES = {
  "application.submitted": "applicationSubmitted",
  "application.status-changed": "applicationStatusChanged",
  "application.information-requested": "applicationInformationRequested",
  "application.information-provided": "applicationInformationProvided",
  "application.withdrawn": "applicationWithdrawn",
  "application.appealed": "applicationAppealed",
} as const;

export type NotificationTemplate = keyof typeof NOTIFICATION_TEMPLATES;

export function isNotificationTemplate(value: string): value is NotificationTemplate {
  return Object.hasOwn(NOTIFICATION_TEMPLATES, value);
}

/** Parameters of the application templates; extra keys written by others are ignored. */
export const applicationNoticeParams = z.object({
  reference: z.string().min(1),
  measure: z.enum(Measure),
  status: z.enum(ApplicationStatus).optional(),
});

export type ApplicationNoticeParams = z.infer<typeof applicationNoticeParams>;

/** Housing-queue notices (lib/housing-queue/allocate-flats.ts); texts in housingAdmin.notices. */
export const HOUSING_NOTIFICATION_TEMPLATES = {
  "housing.allocated": "allocated",
  "housing.reserve": "reserve",
} as const;

export type HousingNotificationTemplate = keyof typeof HOUSING_NOTIFICATION_TEMPLATES;

export function isHousingNotificationTemplate(value: string): value is HousingNotificationTemplate {
  return Object.hasOwn(HOUSING_NOTIFICATION_TEMPLATES, value);
}

export const housingNoticeParams = z.object({
  allocationTitle: z.string().min(1),
  rank: z.number().int().min(1),
});

/** Proactive offers (lib/offers): the family now qualifies for a measure it has not applied to. */
export const OFFER_NOTIFICATION_TEMPLATE = "offer.eligible";

export const offerNoticeParams = z.object({ measure: z.enum(Measure) });
