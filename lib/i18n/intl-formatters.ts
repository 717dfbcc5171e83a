// Intl formatters are costly to build (locale data is resolved on every construction) and
// cheap to use: building one per amount or date was a visible share of a page's server
// time under load (CPU profile of the landing page, issue 7). One formatter per locale and
// option set, kept for the life of the process; they hold no per-request state.
function memoised<Options, Format>(make: (intlLocale: string, options: Options) => Format): (intlLocale: string, options?: Options) => Format {
  const made = new Map<string, Format>();
  return (intlLocale, options = {} as Options) => {
    const key = `${intlLocale}|${JSON.stringify(options)}`;
    let format = made.get(key);
    if (!format) {
      format = make(intlLocale, options);
      made.set(key, format);
    }
    return format;
  };
}

export const numberFormat = memoised((intlLocale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale, options));
export const dateTimeFormat = memoised((intlLocale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale, options));
