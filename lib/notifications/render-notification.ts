// Renders a stored notification (template + params) in a given language. Works outside a
// request (an SMS is written in the recipient's language, not the sender's page language).
import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import {
  applicationNoticeParams,
  HOUSING_NOTIFICATION_TEMPLATES,
  housingNoticeParams,
  isHousingNotificationTemplate,
  isNotificationTemplate,
  NOTIFICATION_TEMPLATES,
  OFFER_NOTIFICATION_TEMPLATE,
  offerNoticeParams,
} from "./notification-templates";

export function renderNotification(locale: Locale, template: string, params: unknown): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  if (isHousingNotificationTemplate(template)) {
    const housing = housingNoticeParams.safeParse(params);
    if (!housing.success) return t("notifications.templates.generic");
    return t(`housingAdmin.notices.${HOUSING_NOTIFICATION_TEMPLATES[template]}`, { title: housing.data.allocationTitle, rank: housing.data.rank });
  }
  if (template === OFFER_NOTIFICATION_TEMPLATE) {
    const offer = offerNoticeParams.safeParse(params);
    if (!offer.success) return t("notifications.templates.generic");
    return t("notifications.templates.offerEligible", { measure: t(`measures.${offer.data.measure}`) });
  }
  const parsed = applicationNoticeParams.safeParse(params);
  // An unknown template or broken parameters still tell the reader something arrived.
  if (!isNotificationTemplate(template) || !parsed.success) return t("notifications.templates.generic");
  const { reference, measure, status } = parsed.data;
  const key = NOTIFICATION_TEMPLATES[template];
  if (key === "applicationStatusChanged") {
    if (!status) return t("notifications.templates.generic");
    return t("notifications.templates.applicationStatusChanged", { reference, measure: t(`measures.${measure}`), status: t(`statuses.${status}`) });
  }
  return t(`notifications.templates.${key}`, { reference, measure: t(`measures.${measure}`) });
}

/** A user's stored language, or Russian (the column's default) when it is not one we have. */
export function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : "ru";
}

/** The text of an SMS: the portal's name, then the rendered notification. */
export function renderSmsBody(locale: Locale, template: string, params: unknown): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  return t("notifications.sms", { appName: t("common.appName"), text: renderNotification(locale, template, params) });
}
