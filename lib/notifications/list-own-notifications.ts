// The signed-in user's in-app notifications, newest first, rendered in the reader's
// language. SMS rows are the record of messages sent to the phone, not shown here.
import "server-only";
import { db } from "@/lib/db/client";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/i18n/locales";
import { requireUserIs, type Actor } from "./notification-access";
import { renderNotification } from "./render-notification";

const PAGE_SIZE = 50;

export async function listOwnNotifications(actor: Actor, locale: Locale) {
  requireUserIs(actor);
  const rows = await db.notification.findMany({
    where: { userId: actor.id, channel: "IN_APP" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE,
    select: { id: true, template: true, params: true, readAt: true, createdAt: true },
  });
  // Links only to the family's own applications: a reference in someone else's params leads nowhere.
  const references = [...new Set(rows.map((row) => referenceOf(row.params)).filter((reference) => reference !== null))];
  const applications = references.length
    ? await db.application.findMany({ where: { reference: { in: references }, family: { applicantId: actor.id } }, select: { id: true, reference: true } })
    : [];
  const idByReference = new Map(applications.map((application) => [application.reference, application.id]));
  return rows.map((row) => {
    const reference = referenceOf(row.params);
    return {
      id: row.id,
      text: renderNotification(locale, row.template, row.params),
      isRead: row.readAt !== null,
      createdAt: row.createdAt,
      applicationReference: reference,
      applicationId: reference ? (idByReference.get(reference) ?? null) : null,
      // A proactive offer leads to the apply page of the measure it offers.
      offeredMeasure: row.template === "offer.eligible" ? measureOf(row.params) : null,
    };
  });
}

function measureOf(params: unknown): MeasureCode | null {
  if (typeof params !== "object" || params === null) return null;
  const measure = (params as Record<string, unknown>).measure;
  return (MEASURE_CODES as readonly unknown[]).includes(measure) ? (measure as MeasureCode) : null;
}

function referenceOf(params: unknown): string | null {
  if (typeof params !== "object" || params === null) return null;
  const reference = (params as Record<string, unknown>).reference;
  return typeof reference === "string" ? reference : null;
}
