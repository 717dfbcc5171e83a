// The frame of every family-profile form page: one h1, an optional lead, a way back.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function ProfilePage({ title, lead, children }: { title: string; lead?: string; children: React.ReactNode }) {
  const t = await getTranslations("profile");
  return (
    <div className="max-w-xl space-y-6">
      <p>
        <Link href="/family" className="inline-block min-h-6 py-1 text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      {lead ? <p>{lead}</p> : null}
      {children}
    </div>
  );
}
