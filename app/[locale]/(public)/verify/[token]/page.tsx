// The page the certificate's QR code opens. Public: a bank clerk or a developer checks
// that a printed certificate is genuine and still valid. It shows the number, the amount
// and the dates, never the holder (no name, no IIN, no application).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { Alert } from "@/components/ui/alert";
import { verifyCertificate } from "@/lib/certificates/verify-certificate";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { clientAddressFrom } from "@/lib/security/client-address";

type Params = Promise<{ locale: Locale; token: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  // The token stays out of the title (and so out of history titles and bookmarks' names).
  return { title: t("resultTitle"), robots: { index: false, follow: false } };
}

const STATUS_TONE = { VALID: "success", EXPIRED: "error", REVOKED: "error" } as const;

export default async function VerifyCertificatePage({ params }: { params: Params }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("certificates");
  const result = await verifyCertificate(token, { address: clientAddressFrom(await headers()) });
  const day = (isoDate: string) => formatDate(locale, new Date(`${isoDate}T00:00:00Z`));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("verify.resultTitle")}</h1>
      {result.kind === "found" ? (
        <section aria-labelledby="certificate-heading" className="space-y-4">
          <Alert tone={STATUS_TONE[result.certificate.status]} title={t(`status.${result.certificate.status}`)}>
            {t(`verify.statusText.${result.certificate.status}`)}
          </Alert>
          <h2 id="certificate-heading" className="break-all text-2xl font-bold">
            {t("verify.foundHeading", { number: result.certificate.number })}
          </h2>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("summary.number")}</dt>
            <dd className="break-all">{result.certificate.number}</dd>
            <dt className="font-semibold">{t("summary.amount")}</dt>
            <dd className="text-xl font-bold">{formatTenge(locale, result.certificate.amountTenge)}</dd>
            <dt className="font-semibold">{t("summary.issuedOn")}</dt>
            <dd>{day(result.certificate.issuedOn)}</dd>
            <dt className="font-semibold">{t("summary.validUntil")}</dt>
            <dd>{day(result.certificate.validUntil)}</dd>
            <dt className="font-semibold">{t("summary.status")}</dt>
            <dd>
              <CertificateStatusBadge status={result.certificate.status} label={t(`status.${result.certificate.status}`)} />
            </dd>
          </dl>
          <p>{t("verify.privacy")}</p>
        </section>
      ) : result.kind === "throttled" ? (
        <Alert tone="error" title={t("verify.throttledTitle")}>
          {t("verify.throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60) })}
        </Alert>
      ) : (
        <Alert tone="error" title={t("verify.notFoundTitle")}>
          {t("verify.notFound")}
        </Alert>
      )}
      <p>
        <Link href="/verify" className="inline-block min-h-6 font-semibold text-blue-800 underline hover:text-blue-950">
          {t("verify.checkAnother")}
        </Link>
      </p>
    </div>
  );
}
