// The family's documents: those attached to this application first, then the rest of the
// locker. PDFs open in the browser; images are shown right here. Both come from the
// download route with `?view=inline` (sandboxed, never cached).
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Table } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import type { ApplicationReview } from "@/lib/review/get-application-review";

const IMAGE_TYPES = new Set(["image/png", "image/jpeg"]);

export async function DocumentsSection({ locale, documents }: { locale: Locale; documents: ApplicationReview["documents"] }) {
  const t = await getTranslations();
  const ordered = [...documents.filter((document) => document.isAttached), ...documents.filter((document) => !document.isAttached)];
  const images = ordered.filter((document) => IMAGE_TYPES.has(document.mimeType));
  return (
    <section aria-labelledby="documents-heading" className="space-y-4">
      <h2 id="documents-heading" className="text-2xl font-bold">
        {t("review.documents.heading")}
      </h2>
      {ordered.length === 0 ? (
        <p>{t("review.documents.none")}</p>
      ) : (
        <Table
          caption={t("review.documents.caption")}
          headers={[t("review.documents.name"), t("review.documents.kind"), t("review.documents.use"), t("review.documents.uploaded"), t("review.documents.open")]}
          rows={ordered.map((document) => [
            <span key="name" className="break-all">{document.originalName}</span>,
            t(`documents.kinds.${document.kind}`),
            document.isAttached ? <strong key="use">{t("review.documents.attached")}</strong> : t("review.documents.inLocker"),
            formatDateTime(locale, document.createdAt),
            <span key="open" className="flex flex-col gap-1">
              {document.mimeType === "application/pdf" ? (
                <a href={`/api/documents/${document.id}?view=inline`} className="inline-block min-h-6 text-blue-800 underline">
                  {t("review.documents.openPdf")}
                  <span className="sr-only">: {document.originalName}</span>
                </a>
              ) : IMAGE_TYPES.has(document.mimeType) ? (
                <a href={`#image-${document.id}`} className="inline-block min-h-6 text-blue-800 underline">
                  {t("review.documents.showImage")}
                  <span className="sr-only">: {document.originalName}</span>
                </a>
              ) : null}
              <a href={`/api/documents/${document.id}`} className="inline-block min-h-6 text-blue-800 underline">
                {t("review.documents.download")}
                <span className="sr-only">: {document.originalName}</span>
              </a>
            </span>,
          ])}
        />
      )}
      {images.length ? (
        <div className="space-y-4">
          <h3 className="text-xl font-bold">{t("review.documents.imagesHeading")}</h3>
          {images.map((document) => (
            <figure key={document.id} id={`image-${document.id}`} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, access-checked file; next/image would cache it */}
              <img
                src={`/api/documents/${document.id}?view=inline`}
                alt={t("review.documents.imageAlt", { kind: t(`documents.kinds.${document.kind}`), name: document.originalName })}
                loading="lazy"
                className="h-auto max-w-full border-2 border-slate-300"
              />
              <figcaption className="break-all text-sm">{document.originalName}</figcaption>
            </figure>
          ))}
        </div>
      ) : null}
    </section>
  );
}
