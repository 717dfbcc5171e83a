// The queue's filters as a plain GET form: it works without JavaScript, and the URL it
// produces can be bookmarked or sent to a colleague. Submitting starts again at page 1.
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { localizedHref } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { DEADLINE_STATES } from "@/lib/work-queue/deadline-state";
import type { QueueAssignee } from "@/lib/work-queue/list-queue-assignees";
import { QUEUE_STATUSES, SORTS, type QueueFilters } from "@/lib/work-queue/queue-filters";
import { District, Measure } from "@/prisma/generated/enums";
import { CheckboxField } from "./checkbox-field";

export interface QueueFilterFormProps {
  locale: Locale;
  filters: QueueFilters;
  assignees: QueueAssignee[];
  /** Supervisors and administrators choose a district; a caseworker's is fixed. */
  showDistrict: boolean;
  /** Supervisors look for approvals waiting for their second signature. */
  showAwaiting: boolean;
}

export async function QueueFilterForm({ locale, filters, assignees, showDistrict, showAwaiting }: QueueFilterFormProps) {
  const t = await getTranslations();
  const sortLabels = { due: t("workQueue.sortDue"), submitted: t("workQueue.sortSubmitted"), reference: t("workQueue.sortReference") };
  return (
    <section aria-labelledby="queue-filters-heading" className="rounded border border-slate-300 p-4">
      <h2 id="queue-filters-heading" className="text-xl font-bold">
        {t("workQueue.filtersHeading")}
      </h2>
      <form method="get" action={localizedHref(locale, "/staff")} className="mt-4 space-y-4">
        {/* A select is as wide as its longest option; on a 320 px phone it must shrink to the column. */}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 [&>*]:min-w-0 [&_select]:w-full [&_select]:max-w-full">
          <SelectField
            name="measure"
            label={t("workQueue.measureLabel")}
            placeholder={t("workQueue.anyMeasure")}
            defaultValue={filters.measure ?? ""}
            options={Object.values(Measure).map((measure) => ({ value: measure, label: t(`measures.${measure}`) }))}
          />
          <SelectField
            name="status"
            label={t("workQueue.statusLabel")}
            defaultValue={filters.status}
            options={[
              { value: "open", label: t("workQueue.statusOpen") },
              { value: "all", label: t("workQueue.statusAll") },
              ...QUEUE_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
            ]}
          />
          {showDistrict ? (
            <SelectField
              name="district"
              label={t("workQueue.districtLabel")}
              placeholder={t("workQueue.anyDistrict")}
              defaultValue={filters.district ?? ""}
              options={Object.values(District).map((district) => ({ value: district, label: t(`districts.${district}`) }))}
            />
          ) : null}
          <SelectField
            name="deadline"
            label={t("workQueue.deadlineLabel")}
            placeholder={t("workQueue.anyDeadline")}
            defaultValue={filters.deadline ?? ""}
            options={DEADLINE_STATES.map((state) => ({ value: state, label: t(`workQueue.states.${state}`) }))}
          />
          <SelectField
            name="assignee"
            label={t("workQueue.assigneeLabel")}
            placeholder={t("workQueue.anyAssignee")}
            defaultValue={filters.assignee ?? ""}
            options={[
              { value: "me", label: t("workQueue.assigneeMe") },
              { value: "unassigned", label: t("workQueue.assigneeNobody") },
              ...assignees.map((user) => ({
                value: user.id,
                label: user.district ? `${user.fullName} (${t(`districts.${user.district}`)})` : user.fullName,
              })),
            ]}
          />
          <SelectField
            name="sort"
            label={t("workQueue.sortLabel")}
            defaultValue={filters.sort}
            options={SORTS.map((sort) => ({ value: sort, label: sortLabels[sort] }))}
          />
        </div>
        {showAwaiting ? (
          <CheckboxField name="awaiting" value="second-approval" label={t("workQueue.awaitingLabel")} defaultChecked={filters.awaiting === "second-approval"} />
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("workQueue.apply")}</Button>
          <a href={localizedHref(locale, "/staff")} className="font-semibold text-blue-800 underline">
            {t("workQueue.clear")}
          </a>
        </div>
      </form>
    </section>
  );
}
