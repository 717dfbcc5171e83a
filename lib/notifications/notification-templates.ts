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
