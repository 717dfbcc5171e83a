import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteDocumentForm } from "@/components/documents/delete-document-form";
import { DocumentSize } from "@/components/documents/document-size";
import { formatDayInAlmaty } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { loadForPage } from "@/lib/auth/page-access";
import { getOwnDocument } from "@/lib/documents/get-own-document";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents");
  return { title: t("deleteTitle") };
}

/** The confirmation step of deleting a document: a page of its own, so it needs no JavaScript. */
export default async function DeleteDocumentPage({ params }: { params: Promise<{ locale: Locale; documentId: string }> }) {
  const { locale, documentId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("documents");
  const document = await loadForPage(locale, `/documents/${documentId}/delete`, (user) => getOwnDocument(user, documentId));

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("deleteTitle")}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("columnName")}</dt>
        <dd className="break-all">{document.originalName}</dd>
        <dt className="font-semibold">{t("columnKind")}</dt>
        <dd>{t(`kinds.${document.kind}`)}</dd>
        <dt className="font-semibold">{t("columnSize")}</dt>
        <dd>
          <DocumentSize bytes={document.sizeBytes} />
        </dd>
        <dt className="font-semibold">{t("columnDate")}</dt>
        <dd>{formatDayInAlmaty(locale, document.createdAt)}</dd>
      </dl>
      {document.isInSubmittedApplication ? (
        <>
          <Alert tone="error">{t("deleteRefused")}</Alert>
          <p>
            <Link href="/documents" className="text-blue-800 underline hover:text-blue-950">
              {t("backToDocuments")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("deleteLead", { name: document.originalName })}</p>
          {document.applicationCount > 0 ? <p>{t("deleteDrafts")}</p> : null}
          <DeleteDocumentForm
            documentId={document.id}
            text={{ confirm: t("deleteConfirm"), cancel: t("deleteCancel"), cancelHref: `/${locale}/documents` }}
          />
        </>
      )}
    </div>
  );
}
