import en from "./messages/en";
import kk from "./messages/kk";
import ru from "./messages/ru";
import type { Locale } from "./locales";

export type Messages = typeof en;

// English is the reference set; tests/i18n/message-keys.test.ts fails when kk or ru lack a key.
const MESSAGES: Record<Locale, Messages> = { en, kk: kk as Messages, ru: ru as Messages };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
