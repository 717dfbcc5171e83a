import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { Table } from "@/components/ui/table";
import { readAuditFilters, type AuditFilters } from "@/lib/audit/audit-filters";
import { listAuditEntries, listAuditFilterChoices } from "@/lib/audit/list-audit-entries";
import { loadForPage } from "@/lib/auth/page-access";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { Role } from "@/prisma/generated/enums";
import { AuditChange } from "./audit-change";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("auditTitle") };
}

interface Props {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function queryWith(filters: AuditFilters, before: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value && key !== "before") query[key] = value;
  return { ...query, before };
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = readAuditFilters(await searchParams);
  const { page, choices } = await loadForPage(locale, "/admin/audit", async (user) => ({
    page: await listAuditEntries(user, filters),
    choices: await listAuditFilterChoices(user),
  }));
  const t = await getTranslations();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("admin.auditTitle")}</h1>
        <p>{t("admin.auditLead")}</p>
      </div>
      <form method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 [&>*]:min-w-0 [&_select]:w-full [&_select]:max-w-full" aria-label={t("admin.auditFilters")}>
        <SelectField name="actorId" label={t("admin.auditActor")} placeholder={t("admin.auditAnyone")} defaultValue={filters.actorId ?? ""} options={choices.staff.map((staff) => ({ value: staff.id, label: staff.fullName }))} />
        <SelectField name="actorRole" label={t("admin.auditRole")} placeholder={t("admin.auditAnyRole")} defaultValue={filters.actorRole ?? ""} options={Object.values(Role).map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        <SelectField name="action" label={t("admin.auditAction")} placeholder={t("admin.auditAnyAction")} defaultValue={filters.action ?? ""} options={choices.actions.map((action) => ({ value: action, label: action }))} />
        <SelectField name="entityType" label={t("admin.auditEntityType")} placeholder={t("admin.auditAnyEntity")} defaultValue={filters.entityType ?? ""} options={choices.entityTypes.map((type) => ({ value: type, label: type }))} />
        <FormField name="entityId" label={t("admin.auditEntityId")} hint={t("admin.auditEntityIdHint")} defaultValue={filters.entityId ?? ""} autoComplete="off" />
        <div className="grid gap-4 min-[360px]:grid-cols-2 [&>*]:min-w-0 [&_input]:w-full">
          <FormField name="from" type="date" label={t("admin.auditFrom")} defaultValue={filters.from ?? ""} />
          <FormField name="to" type="date" label={t("admin.auditTo")} defaultValue={filters.to ?? ""} />
        </div>
        <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-3">
          <Button type="submit">{t("admin.auditApply")}</Button>
          <Link href="/admin/audit" className="underline">
            {t("admin.auditClear")}
          </Link>
        </div>
      </form>
      {page.entries.length === 0 ? (
        <p className="text-lg">{t("admin.auditEmpty")}</p>
      ) : (
        <Table
          caption={t("admin.auditTableCaption")}
          headers={[t("admin.auditWhen"), t("admin.auditActor"), t("admin.auditAction"), t("admin.auditRecord"), t("admin.auditChange")]}
          rows={page.entries.map((entry) => [
            <time key="at" dateTime={entry.at.toISOString()}>{formatDateTime(locale, entry.at)}</time>,
            entry.actor ? `${entry.actor.fullName}${entry.actorRole ? ` (${t(`roles.${entry.actorRole}`)})` : ""}` : t("admin.auditSystem"),
            <code key="action">{entry.action}</code>,
            <span key="record" className="break-all">
              {entry.entityType}
              {entry.entityId ? ` · ${entry.entityId}` : ""}
            </span>,
            <AuditChange key="change" before={entry.before} after={entry.after} labels={{ before: t("admin.auditBefore"), after: t("admin.auditAfter"), none: t("admin.auditNoValues") }} />,
          ])}
        />
      )}
      {page.nextBefore ? (
        <p>
          <Link href={`/admin/audit?${new URLSearchParams(queryWith(filters, page.nextBefore)).toString()}`} className="underline">
            {t("admin.auditOlder")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
