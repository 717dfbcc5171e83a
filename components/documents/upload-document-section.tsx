import { getTranslations } from "next-intl/server";
import { DocumentKind } from "@/prisma/generated/enums";
import { UploadDocumentForm } from "./upload-document-form";

/** The upload form with its heading; translates the form's text on the server. */
export async function UploadDocumentSection() {
  const t = await getTranslations();
  const text = {
    summaryTitle: t("errors.summaryTitle"),
    required: t("common.required"),
    kindLabel: t("documents.kindLabel"),
    kindPlaceholder: t("documents.kindPlaceholder"),
    kinds: Object.values(DocumentKind).map((kind) => ({ value: kind, label: t(`documents.kinds.${kind}`) })),
    fileLabel: t("documents.fileLabel"),
    fileHint: t("documents.fileHint"),
    fileChooseAgain: t("documents.fileChooseAgain"),
    submit: t("documents.uploadSubmit"),
  };
  return (
    <section aria-labelledby="upload-heading" className="space-y-4">
      <h2 id="upload-heading" className="text-2xl font-bold">
        {t("documents.uploadHeading")}
      </h2>
      <UploadDocumentForm text={text} />
    </section>
  );
}
