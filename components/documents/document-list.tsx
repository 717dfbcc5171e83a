import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { FamilyDocument } from "@/lib/documents/list-family-documents";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { DocumentSize } from "./document-size";
import { formatDayInAlmaty } from "@/lib/i18n/format";
import { documentDownloadHref } from "./format-document";

/** The locker's table: each document with its download link and, where allowed, a delete link. */
export async function DocumentList({ documents }: { documents: FamilyDocument[] }) {
  const t = await getTranslations("documents");
  const locale = (await getLocale()) as Locale;
  if (!documents.length) return <p>{t("empty")}</p>;
  return (
    <Table
      caption={t("listCaption")}
      headers={[t("columnName"), t("columnKind"), t("columnSize"), t("columnDate"), t("columnUsage"), t("columnActions")]}
      numericColumns={[2]}
      rows={documents.map((document) => [
        // A plain link: the route answers with an attachment, no client navigation involved.
        <a key="name" href={documentDownloadHref(document.id)} className="inline-block min-h-6 break-all text-blue-800 underline hover:text-blue-950">
          <span className="sr-only">{t("downloadHidden")} </span>
          {document.originalName}
        </a>,
        t(`kinds.${document.kind}`),
        <DocumentSize key="size" bytes={document.sizeBytes} />,
        formatDayInAlmaty(locale, document.createdAt),
        t("usage", { count: document.applicationCount }),
        document.isInSubmittedApplication ? (
          <span key="locked" className="text-sm text-slate-700">
            {t("cannotDelete")}
          </span>
        ) : (
          <Link key="delete" href={`/documents/${document.id}/delete`} className="inline-block min-h-6 text-blue-800 underline hover:text-blue-950">
            {t("delete")}
            <span className="sr-only">
              {" "}
              {t("deleteHidden")} {document.originalName}
            </span>
          </Link>
        ),
      ])}
    />
  );
}
