// The in-app notice of an offer: template "offer.eligible" with the measure, rendered in
// the reader's language by lib/notifications/render-notification.ts, and the page it
// leads to (the measure's application start page).
import { slugForMeasure } from "@/lib/applications/flows/measure-slug";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { OFFER_NOTIFICATION_TEMPLATE } from "@/lib/notifications/notification-templates";

export const OFFER_TEMPLATE = OFFER_NOTIFICATION_TEMPLATE;

/** The path (without locale) where the family can apply for the offered measure. */
export function offerApplyPath(measure: MeasureCode): string {
  return `/apply/${slugForMeasure(measure)}`;
}
