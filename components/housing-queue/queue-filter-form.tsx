// The queue page's filters. The form posts to a server action (not a GET form) so what is
// typed is checked before it reaches a URL: an IIN never ends up in the address bar.
import { getTranslations } from "next-intl/server";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { filterQueueAction } from "@/lib/housing-queue/actions/filter-queue";
import { QUEUE_CATEGORY_PRIORITY } from "@/lib/housing-queue/queue-order";
import type { QueueQuery } from "@/lib/housing-queue/queue-search";
import { Link } from "@/lib/i18n/navigation";
import { District } from "@/prisma/generated/enums";

export async function QueueFilterForm({ query }: { query: QueueQuery }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="filter-heading" className="space-y-3">
      <h2 id="filter-heading" className="text-2xl font-bold">
        {t("housingAdmin.filterHeading")}
      </h2>
      <form action={filterQueueAction} className="grid max-w-4xl gap-4 md:grid-cols-2 [&>*]:min-w-0 [&_select]:w-full [&_select]:max-w-full">
        <SelectField
          name="category"
          label={t("housingAdmin.filterCategory")}
          placeholder={t("housingAdmin.filterAny")}
          defaultValue={query.category ?? ""}
          options={QUEUE_CATEGORY_PRIORITY.map((category) => ({ value: category, label: t(`applications.housingQueue.categories.${category}`) }))}
        />
        <SelectField
          name="district"
          label={t("housingAdmin.filterDistrict")}
          placeholder={t("housingAdmin.filterAny")}
          defaultValue={query.district ?? ""}
          options={Object.values(District).map((district) => ({ value: district, label: t(`districts.${district}`) }))}
        />
        <div className="md:col-span-2">
          <FormField name="q" label={t("housingAdmin.filterSearch")} hint={t("housingAdmin.filterSearchHint")} defaultValue={query.q ?? ""} autoComplete="off" maxLength={100} />
        </div>
        <div className="flex flex-wrap items-center gap-4 md:col-span-2">
          <SubmitButton>{t("housingAdmin.filterSubmit")}</SubmitButton>
          <Link href="/staff/housing-queue" className="inline-block py-2 text-blue-800 underline">
            {t("housingAdmin.filterReset")}
          </Link>
        </div>
      </form>
    </section>
  );
}
