import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { navigationFor } from "./navigation-items";

export async function SiteHeader() {
  const t = await getTranslations();
  const user = await getCurrentUser();
  const items = navigationFor(user);
  return (
    <header className="bg-emerald-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline focus:outline-none focus:ring-4 focus:ring-amber-400">
          {t("common.appName")}
          <span className="block text-sm font-normal">{t("common.appTagline")}</span>
        </Link>
        <LanguageSwitcher />
      </div>
      <div className="border-t border-emerald-700">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <nav aria-label={t("common.mainNavigation")}>
            <ul className="flex flex-wrap gap-4">
              {items.map((item) => (
                <li key={item.key}>
                  <Link href={item.href} className="text-white underline-offset-4 hover:underline focus:outline-none focus:ring-4 focus:ring-amber-400">
                    {t(`nav.${item.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {user ? (
            <div className="flex flex-wrap items-center gap-3">
              <span>
                {t("common.signedInAs", { name: user.fullName })} · {t(`roles.${user.role}`)}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="min-h-11 rounded border-2 border-white px-3 py-1 font-semibold focus:outline-none focus:ring-4 focus:ring-amber-400">
                  {t("common.signOut")}
                </button>
              </form>
            </div>
          ) : (
            <div className="flex gap-4">
              <Link href="/sign-in" className="font-semibold text-white underline focus:outline-none focus:ring-4 focus:ring-amber-400">
                {t("common.signIn")}
              </Link>
              <Link href="/register" className="font-semibold text-white underline focus:outline-none focus:ring-4 focus:ring-amber-400">
                {t("common.register")}
              </Link>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
