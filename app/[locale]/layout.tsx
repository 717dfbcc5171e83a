import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SessionTimeout } from "@/components/session/session-timeout";
import { isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("appTagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#064e3b" };

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-amber-300 focus:p-3 focus:text-black">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <SessionTimeout />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <footer className="border-t-4 border-emerald-900 bg-slate-100">
            <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-800">
              <p>{t("footerNote")}</p>
              <p>{t("cityName")}</p>
              <nav aria-label={t("footerLinks")} className="mt-3">
                <ul className="flex flex-wrap gap-x-6 gap-y-2">
                  <li>
                    <Link href="/transparency" className="underline">
                      {t("footerTransparency")}
                    </Link>
                  </li>
                  <li>
                    <Link href="/verify" className="underline">
                      {t("footerVerify")}
                    </Link>
                  </li>
                </ul>
              </nav>
            </div>
          </footer>
      </body>
    </html>
  );
}
