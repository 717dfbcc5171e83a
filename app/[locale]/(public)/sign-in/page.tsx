import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("signIn");
  const errors = await getTranslations("errors");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {query.signedOut ? <Alert tone="success" title={t("signedOut")} /> : null}
      <p>{t("lead")}</p>
      <SignInForm
        next={safeNextPath(query.next) ?? ""}
        text={{ summaryTitle: errors("summaryTitle"), iinLabel: t("iinLabel"), iinHint: t("iinHint"), passwordLabel: t("passwordLabel"), submit: t("submit") }}
      />
      <p>
        {t("noAccount")} <Link href="/register">{t("registerLink")}</Link>
      </p>
    </div>
  );
}
