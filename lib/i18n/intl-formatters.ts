// Intl formatters are costly to build (locale data is resolved on every construction) and
// cheap to use: building one per amount or date was a visible share of a page's server
// time under load (CPU profile of the landing page, issue 7). One formatter per locale and
// option set, kept for the life of the process; they hold no per-request state.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateTimeFormat(intlLocale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}
