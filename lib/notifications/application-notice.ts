// Telling the family about a change to one of its applications: an in-app notification
// (and a record of the SMS) written in the same transaction as the change, then the SMS
// itself sent after the commit — a message that has left cannot be rolled back, so it
// must never go out for a change that did not happen.
import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { localeOf, renderSmsBody } from "./render-notification";
import type { ApplicationNoticeParams, NotificationTemplate } from "./notification-templates";
import { sendMessage } from "./outbox";

type NotificationWriter = { notification: { createMany(args: { data: Prisma.NotificationCreateManyInput[] }): Promise<unknown> } };

export interface Recipient {
  id: string;
  phone: string | null;
  locale: string;
}

export interface ApplicationNotice {
  recipient: Recipient;
  template: NotificationTemplate;
  params: ApplicationNoticeParams;
}

/** Writes the in-app row, and the SMS row when the recipient has a phone. Call inside the transaction. */
export async function recordApplicationNotice(tx: NotificationWriter, notice: ApplicationNotice, now: Date): Promise<void> {
  const base = { userId: notice.recipient.id, template: notice.template, params: notice.params, createdAt: now };
  await tx.notification.createMany({
    data: [
      { ...base, channel: "IN_APP" },
      ...(notice.recipient.phone ? [{ ...base, channel: "SMS" as const, sentAt: now }] : []),
    ],
  });
}

/** Sends the SMS in the recipient's own language. Call after the transaction committed. */
export async function sendApplicationSms(notice: ApplicationNotice): Promise<void> {
  const { phone, locale } = notice.recipient;
  if (!phone) return;
  try {
    await sendMessage({ channel: "SMS", to: phone, body: renderSmsBody(localeOf(locale), notice.template, notice.params), template: notice.template });
  } catch (error) {
    // The change is committed and shown in-app; a failed SMS must not turn it into an error.
    console.error(`[notifications] SMS ${notice.template} not sent: ${(error as Error).name}`);
  }
}
