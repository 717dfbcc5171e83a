// An amount in tenge kept on one line in narrow table cells ("1 000 000 ₸", not "1 000 000 / ₸").
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export function Money({ locale, amount }: { locale: Locale; amount: number }) {
  return <span className="whitespace-nowrap">{formatTenge(locale, amount)}</span>;
}
