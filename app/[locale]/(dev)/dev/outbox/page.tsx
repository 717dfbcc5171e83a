// Development only: what the outbox would have sent. In production this page does not
// exist (404), whoever asks; it holds phone numbers and texts of every family.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Table } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { outboxFile } from "@/lib/notifications/outbox";
import { readLatestOutboxMessages } from "@/lib/notifications/read-outbox";

const LATEST = 100;

// Read the file on every request, and never pre-render anything at build time.
export const dynamic = "force-dynamic";

function isDevelopment(): boolean {
  return process.env.NODE_ENV !== "production";
}

export async function generateMetadata(): Promise<Metadata> {
  if (!isDevelopment()) return {};
  const t = await getTranslations("notifications.outbox");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DevelopmentOutboxPage({ params }: { params: Promise<{ locale: Locale }> }) {
  if (!isDevelopment()) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("notifications.outbox");
  const messages = await readLatestOutboxMessages(LATEST);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl">{t("lead", { count: LATEST })}</p>
      <p className="break-all text-sm text-slate-700">{t("file", { path: outboxFile() })}</p>
      {messages.length ? (
        <Table
          caption={t("caption")}
          headers={[t("at"), t("channel"), t("to"), t("template"), t("body")]}
          rows={messages.map((message) => [
            formatDateTime(locale, new Date(message.at)),
            message.channel,
            message.to,
            <code key="template">{message.template}</code>,
            <span key="body" className="whitespace-pre-line break-words">
              {message.body}
            </span>,
          ])}
        />
      ) : (
        <p>{t("empty")}</p>
      )}
    </div>
  );
}
