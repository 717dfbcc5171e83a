// An issued housing certificate in a few lines, with its PDF: for the family's application
// page and the staff review page. A server component; the PDF route checks access itself.
import { getTranslations } from "next-intl/server";
import type { CertificateSummaryView } from "@/lib/certificates/certificate-summary-view";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { CertificateStatusBadge } from "./certificate-status-badge";

const day = (locale: Locale, isoDate: string) => formatDate(locale, new Date(`${isoDate}T00:00:00Z`));

export async function CertificateSummary({
  certificate,
  locale,
  headingLevel = 2,
}: {
  certificate: CertificateSummaryView;
  locale: Locale;
  /** 2 on a page whose sections are h2 (the family's page); 3 inside a staff panel. */
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("certificates");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `certificate-${certificate.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <Heading id={headingId} className={headingLevel === 2 ? "text-2xl font-bold" : "text-xl font-bold"}>
        {t("summary.heading")}
      </Heading>
      <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("summary.number")}</dt>
        <dd className="break-all">{certificate.number}</dd>
        <dt className="font-semibold">{t("summary.amount")}</dt>
        <dd>{formatTenge(locale, certificate.amountTenge)}</dd>
        <dt className="font-semibold">{t("summary.issuedOn")}</dt>
        <dd>{day(locale, certificate.issuedOn)}</dd>
        <dt className="font-semibold">{t("summary.validUntil")}</dt>
        <dd>{day(locale, certificate.validUntil)}</dd>
        <dt className="font-semibold">{t("summary.status")}</dt>
        <dd>
          <CertificateStatusBadge status={certificate.status} label={t(`status.${certificate.status}`)} />
        </dd>
      </dl>
      <p>
        {/* A plain link: the route answers with an attachment, no client navigation involved. */}
        <a href={certificate.downloadHref} className="inline-block min-h-6 font-semibold text-blue-800 underline hover:text-blue-950">
          {t("summary.download", { number: certificate.number })}
        </a>
      </p>
    </section>
  );
}
