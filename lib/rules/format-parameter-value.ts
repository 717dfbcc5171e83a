// A parameter's value as the engine's messages write it in each language ("35 596 тенге",
// "70 %", "9 жас", "қыркүйек"), so the editor and the citizens' explanations agree.
import type { ParameterUnit } from "@/lib/eligibility/parameters/definitions";
import { LOCALE_FORMATS } from "@/lib/eligibility/messages/locale-formats";
import type { Locale } from "@/lib/i18n/locales";

export function formatParameterValue(locale: Locale, unit: ParameterUnit, value: number): string {
  return LOCALE_FORMATS[locale].unit(unit, value);
}
