// The purpose of payment printed on the transfer. Written in Russian, the language the
// banks' payment systems take; the measure names come from the portal's own Russian texts.
import measuresRu from "@/lib/i18n/messages/ru/measures.json";
import type { Measure } from "@/prisma/generated/enums";

export function paymentPurpose(measure: Measure, applicationReference: string, periodMonth: string): string {
  const [year, month] = periodMonth.split("-");
  return `Бакытты отбасы: ${measuresRu[measure]}, заявление ${applicationReference}, за ${month}.${year}`;
}
