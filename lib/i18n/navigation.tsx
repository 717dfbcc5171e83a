// Locale-aware navigation. Paths are written without the locale prefix ("/family").
// `Link` is our own server component over next/link: next-intl's Link is a client
// component that ships its formatter runtime (~10 KiB gzipped) to every page, and the
// citizen pages have a JavaScript budget. Use it from server components; a client
// component receives ready hrefs as props instead.
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import type { Locale } from "./locales";
import { routing } from "./routing";

export const { redirect, getPathname } = createNavigation(routing);

/** `/family` → `/kk/family`, `/` → `/kk`. */
export function localizedHref(locale: Locale | string, href: string): string {
  return `/${locale}${href === "/" ? "" : href}`;
}

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale };

export async function Link({ href, locale, ...props }: LinkProps) {
  const current = locale ?? (await getLocale());
  return <NextLink href={localizedHref(current, href)} {...props} />;
}
