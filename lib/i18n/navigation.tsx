// Locale-aware navigation. Paths are written without the locale prefix ("/family").
// `Link` is our own server component over next/link: next-intl's Link is a client
// component that ships its formatter runtime (~10 KiB gzipped) to every page, and the
// citizen pages have a JavaScript budget. Use it from server components; a client
// component receives ready hrefs as props instead. (Importing next-intl's
// createNavigation at all pulls its client Link into every page's bundle.)
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { redirect as nextRedirect } from "next/navigation";
import type { Locale } from "./locales";

/** `/family` → `/kk/family`, `/` → `/kk`. */
export function localizedHref(locale: Locale | string, href: string): string {
  return `/${locale}${href === "/" ? "" : href}`;
}

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale };

export async function Link({ href, locale, ...props }: LinkProps) {
  const current = locale ?? (await getLocale());
  return <NextLink href={localizedHref(current, href)} {...props} />;
}

/** Redirects to a path in the current locale (server components and actions). */
export async function redirect(href: string): Promise<never> {
  nextRedirect(localizedHref(await getLocale(), href));
}
