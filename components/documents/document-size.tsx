import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { fileSizeParts } from "./format-document";

/** A file size such as "1,2 МБ" in the reader's language. */
export async function DocumentSize({ bytes }: { bytes: number }) {
  const t = await getTranslations("documents");
  const { key, size } = fileSizeParts((await getLocale()) as Locale, bytes);
  return <>{t(key, { size })}</>;
}
