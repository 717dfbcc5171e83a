import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentList } from "@/components/documents/document-list";
import { UploadDocumentSection } from "@/components/documents/upload-document-section";
import { Alert } from "@/components/ui/alert";
import { loadForPage } from "@/lib/auth/page-access";
import { findOwnFamilyForDocuments } from "@/lib/documents/find-own-family";
import { listFamilyDocuments } from "@/lib/documents/list-family-documents";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

const NOTICES = { uploaded: "uploaded", deleted: "deleted" } as const;

export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ status?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("documents");
  const { hasFamily, documents } = await loadForPage(locale, "/documents", async (user) => ({
    hasFamily: (await findOwnFamilyForDocuments(user)) !== null,
    documents: await listFamilyDocuments(user),
  }));
  const { status } = await searchParams;
  const notice = typeof status === "string" && status in NOTICES ? NOTICES[status as keyof typeof NOTICES] : null;

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl">{t("lead")}</p>
      {notice ? (
        <Alert tone="success" live>
          {t(notice)}
        </Alert>
      ) : null}
      {hasFamily ? (
        <>
          <DocumentList documents={documents} />
          <UploadDocumentSection />
        </>
      ) : (
        <Alert>
          <p>{t("noFamily")}</p>
          <p className="mt-2">
            <Link href="/family" className="text-blue-800 underline hover:text-blue-950">
              {t("noFamilyLink")}
            </Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
