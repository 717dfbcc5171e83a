// The attachment picker that apply flows and the "answer an information request" page
// render for one application: the family's documents as checkboxes in a form posting to
// a server action (works without JavaScript), and a way to the locker to upload more.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getApplicationAttachments } from "@/lib/documents/get-application-attachments";
import { isAppError } from "@/lib/errors/app-error";
import { Link } from "@/lib/i18n/navigation";
import { AttachmentsForm } from "./attachments-form";
import { documentDownloadHref } from "./format-document";

async function loadAttachments(applicationId: string) {
  const user = await getCurrentUser();
  if (!user) notFound();
  try {
    return await getApplicationAttachments(user, applicationId);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
    throw error;
  }
}

/**
 * Render it outside any other <form> of the page (forms cannot be nested).
 * `headingLevel` fits it under the page's own headings (default h2).
 */
export async function DocumentAttachments({ applicationId, headingLevel = 2 }: { applicationId: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("documents");
  const { application, documents } = await loadAttachments(applicationId);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `attachments-heading-${application.id}`;
  const uploadLink = (
    <p>
      <Link href="/documents" className="inline-block min-h-6 text-blue-800 underline hover:text-blue-950">
        {t("attachments.uploadMore")}
      </Link>
    </p>
  );

  if (!application.canChangeDocuments) {
    const attached = documents.filter((document) => document.isAttached);
    return (
      <section aria-labelledby={headingId} className="space-y-3">
        <Heading id={headingId} className="text-xl font-bold">
          {t("attachments.attachedHeading")}
        </Heading>
        {attached.length ? (
          <ul className="list-disc space-y-1 pl-6">
            {attached.map((document) => (
              <li key={document.id}>
                <a href={documentDownloadHref(document.id)} className="break-all text-blue-800 underline hover:text-blue-950">
                  {document.originalName}
                </a>{" "}
                ({t(`kinds.${document.kind}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("attachments.noneAttached")}</p>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading id={headingId} className="text-xl font-bold">
        {t("attachments.heading")}
      </Heading>
      {documents.length ? (
        <AttachmentsForm
          applicationId={application.id}
          documents={documents.map((document) => ({
            id: document.id,
            label: document.originalName,
            detail: t(`kinds.${document.kind}`),
            isAttached: document.isAttached,
          }))}
          text={{ legend: t("attachments.legend"), hint: t("attachments.hint"), save: t("attachments.save") }}
        />
      ) : (
        <p>{t("attachments.none")}</p>
      )}
      {uploadLink}
    </section>
  );
}
