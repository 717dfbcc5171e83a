"use server";

// The public status lookup's action. No session is needed: the reference number and the
// applicant's date of birth are the proof, throttled per client (lookupApplicationStatus).
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { lookupApplicationStatus, statusLookupSchema, type PublicApplicationStatus } from "@/lib/applications/lookup-application-status";
import { keepValues } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { clientAddressFrom } from "@/lib/security/client-address";
import type { ApplicationStatusView, StatusLookupState } from "./status-lookup-state";

async function presentApplication(application: PublicApplicationStatus): Promise<ApplicationStatusView> {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "kk";
  const t = await getTranslations();
  const day = (isoDate: string) => formatDate(locale, new Date(`${isoDate}T00:00:00Z`));
  return {
    heading: t("statusLookup.result.heading", { reference: application.reference }),
    rows: [
      { term: t("statusLookup.result.measure"), value: t(`measures.${application.measure}`) },
      { term: t("statusLookup.result.status"), value: t(`statuses.${application.status}`) },
      { term: t("statusLookup.result.submitted"), value: application.submittedOn ? day(application.submittedOn) : t("statusLookup.result.notSubmitted") },
      { term: t("statusLookup.result.lastUpdate"), value: day(application.lastUpdatedOn) },
      ...(application.respondBy ? [{ term: t("statusLookup.result.respondBy"), value: day(application.respondBy) }] : []),
    ],
    nextHeading: t("statusLookup.result.nextHeading"),
    next: t(`statusLookup.next.${application.status}`),
    signInHint: t("statusLookup.result.signInHint"),
  };
}

export async function lookupStatusAction(_previous: StatusLookupState, formData: FormData): Promise<StatusLookupState> {
  const t = await getTranslations("statusLookup");
  const values = keepValues(formData, ["reference", "birthDate"]);
  const parsed = parseForm(statusLookupSchema, formData);
  if (!parsed.ok) {
    return {
      status: "error",
      fieldErrors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])])),
      formError: parsed.hasUnexpectedFields ? t("errors.unexpectedField") : undefined,
      values,
    };
  }
  const result = await lookupApplicationStatus(parsed.data, { address: clientAddressFrom(await headers()) });
  if (result.kind === "throttled") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return { status: "throttled", fieldErrors: {}, values, notice: { title: t("throttledTitle"), text: t("throttled", { minutes }) } };
  }
  if (result.kind === "not_found") return { status: "not_found", fieldErrors: {}, values, notice: { title: t("notFoundTitle"), text: t("notFound") } };
  return { status: "found", fieldErrors: {}, values, application: await presentApplication(result.application) };
}
