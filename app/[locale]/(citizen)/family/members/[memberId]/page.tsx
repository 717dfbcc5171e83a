import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { memberFormText } from "@/components/family/form-text";
import { MemberForm } from "@/components/family/member-form";
import { ProfilePage } from "@/components/family/profile-page";
import { loadForPage } from "@/lib/auth/page-access";
import { updateMemberAction } from "@/lib/families/actions/member-actions";
import { getOwnMember } from "@/lib/families/get-own-member";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("member.editPageTitle") };
}

export default async function EditMemberPage({ params }: { params: Promise<{ locale: Locale; memberId: string }> }) {
  const { locale, memberId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const member = await loadForPage(locale, `/family/members/${memberId}`, (user) => getOwnMember(user, memberId));
  return (
    <ProfilePage title={t("member.editTitle", { name: member.fullName })}>
      <MemberForm
        action={updateMemberAction.bind(null, member.id)}
        stored={{
          fullName: member.fullName,
          iin: member.iin,
          birthDate: member.birthDate.toISOString().slice(0, 10),
          role: member.role,
          relation: member.relation ?? "",
          education: member.education,
          fullTimeStudent: member.fullTimeStudent,
          excellentStudent: member.excellentStudent,
          disability: member.disability,
          homeSchooled: member.homeSchooled,
          employed: member.employed,
          monthlyIncomeTenge: String(member.monthlyIncomeTenge),
        }}
        text={await memberFormText(t("member.submitSave"))}
      />
      <p>
        <Link href={`/family/members/${member.id}/remove`} className="inline-block min-h-6 py-1 font-semibold text-red-700 underline">
          {t("member.removeLink")}
        </Link>
      </p>
    </ProfilePage>
  );
}
