// Field errors from a schema are message keys; the staff forms show them in the reader's
// language from the housingAdmin namespace.
import "server-only";
import { getTranslations } from "next-intl/server";

export async function translateFieldErrors(fieldErrors: Record<string, string>): Promise<Record<string, string>> {
  const t = await getTranslations("housingAdmin.errors");
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key as Parameters<typeof t>[0])]));
}
