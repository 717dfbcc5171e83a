import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfilePage } from "@/components/family/profile-page";
import { RemoveMemberForm } from "@/components/family/remove-member-form";
import { loadForPage } from "@/lib/auth/page-access";
import { removeMemberAction } from "@/lib/families/actions/member-actions";
import { getOwnMember } from "@/lib/families/get-own-member";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("remove.pageTitle") };
}

export default async function RemoveMemberPage({ params }: { params: Promise<{ locale: Locale; memberId: string }> }) {
  const { locale, memberId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const member = await loadForPage(locale, `/family/members/${memberId}/remove`, (user) => getOwnMember(user, memberId));
  return (
    <ProfilePage title={t("remove.title", { name: member.fullName })} lead={t("remove.body")}>
      <RemoveMemberForm
        action={removeMemberAction.bind(null, member.id)}
        confirmLabel={t("remove.confirm")}
        cancel={
          <Link href={`/family/members/${member.id}`} className="inline-block min-h-6 py-2 text-blue-800 underline">
            {t("remove.cancel")}
          </Link>
        }
      />
    </ProfilePage>
  );
}
