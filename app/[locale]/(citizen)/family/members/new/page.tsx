import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { memberFormText } from "@/components/family/form-text";
import { MemberForm } from "@/components/family/member-form";
import { ProfilePage } from "@/components/family/profile-page";
import { loadForPage } from "@/lib/auth/page-access";
import { addMemberAction } from "@/lib/families/actions/member-actions";
import { getApplicantAsMember } from "@/lib/families/get-applicant-as-member";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("member.newTitle") };
}

export default async function NewMemberPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ self?: string }> }) {
  const { locale } = await params;
  const { self } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const applicant = await loadForPage(locale, "/family/members/new", getApplicantAsMember);
  // "?self=1" only asks to prefill from the account; the IIN itself never enters the address.
  const isSelf = self === "1" && applicant !== null;
  return (
    <ProfilePage title={t("member.newTitle")} lead={t("member.lead")}>
      {applicant && !isSelf ? (
        <div className="space-y-2 border-l-4 border-blue-800 bg-blue-50 p-4">
          <h2 className="font-bold">{t("member.addYourselfHeading")}</h2>
          <p>{t("member.addYourselfBody")}</p>
          <Link href="/family/members/new?self=1" className="inline-block min-h-6 py-1 font-semibold text-blue-800 underline">
            {t("member.addYourself")}
          </Link>
        </div>
      ) : null}
      <MemberForm
        key={isSelf ? "self" : "other"}
        action={addMemberAction}
        stored={isSelf ? { fullName: applicant.fullName, iin: applicant.iin, birthDate: applicant.birthDate, role: "PARENT" } : {}}
        text={await memberFormText(t("member.submitAdd"))}
      />
    </ProfilePage>
  );
}
