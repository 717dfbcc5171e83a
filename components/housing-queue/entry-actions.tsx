// The supervisor's changes to a queue entry, one at a time: a link opens the chosen form
// (category change, removal, restoring) so a page never holds two reason fields at once.
import { getTranslations } from "next-intl/server";
import { changeCategoryAction, removeEntryAction, restoreEntryAction } from "@/lib/housing-queue/actions/change-entry";
import type { StaffQueueEntry } from "@/lib/housing-queue/get-queue-entry";
import { QUEUE_CATEGORY_PRIORITY } from "@/lib/housing-queue/queue-order";
import { Link } from "@/lib/i18n/navigation";
import { EntryChangeForm } from "./entry-change-form";

type EntryAction = "category" | "remove" | "restore";

const LINK = "inline-block min-h-11 rounded border-2 border-slate-800 px-4 py-2 font-semibold text-blue-800 underline";

export async function EntryActions({ entry, mayManage, action }: { entry: StaffQueueEntry; mayManage: boolean; action: EntryAction | undefined }) {
  const t = await getTranslations();
  const base = `/staff/housing-queue/${encodeURIComponent(entry.id)}`;
  const available: EntryAction[] = entry.status === "WAITING" ? ["category", "remove"] : entry.status === "REMOVED" ? ["restore"] : [];
  const chosen = action && available.includes(action) ? action : available.length === 1 ? available[0] : undefined;
  const text = (submit: string, categoryLabel?: string) => ({
    categoryChoose: t("housingAdmin.entry.categoryChoose"),
    summaryTitle: t("housingAdmin.summaryTitle"),
    required: t("housingAdmin.required"),
    reasonLabel: t("housingAdmin.entry.reasonLabel"),
    reasonHint: t("housingAdmin.entry.reasonHint"),
    submit,
    categoryLabel,
  });
  const heading = { category: t("housingAdmin.entry.categoryHeading"), remove: t("housingAdmin.entry.removeHeading"), restore: t("housingAdmin.entry.restoreHeading") };
  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-2xl font-bold">
        {t("housingAdmin.entry.actionsHeading")}
      </h2>
      {!mayManage ? (
        <p>{t("housingAdmin.entry.readOnly")}</p>
      ) : available.length === 0 ? (
        <p>{t("housingAdmin.entry.noActions")}</p>
      ) : (
        <>
          {available.length > 1 ? (
            <ul className="flex flex-wrap gap-4">
              {available.map((option) => (
                <li key={option}>
                  <Link href={`${base}?action=${option}#actions-heading`} className={LINK} aria-current={option === chosen ? "true" : undefined}>
                    {heading[option]}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {chosen ? (
            <div className="space-y-3">
              <h3 className="text-xl font-bold">{heading[chosen]}</h3>
              {chosen === "category" ? (
                <EntryChangeForm
                  action={changeCategoryAction}
                  entryId={entry.id}
                  version={entry.version}
                  text={text(t("housingAdmin.entry.categorySubmit"), t("housingAdmin.entry.categoryLabel"))}
                  categoryOptions={QUEUE_CATEGORY_PRIORITY.filter((category) => category !== entry.category).map((category) => ({ value: category, label: t(`applications.housingQueue.categories.${category}`) }))}
                />
              ) : chosen === "remove" ? (
                <>
                  <p>{t("housingAdmin.entry.removeLead")}</p>
                  <EntryChangeForm action={removeEntryAction} entryId={entry.id} version={entry.version} text={text(t("housingAdmin.entry.removeSubmit"))} />
                </>
              ) : (
                <>
                  <p>{t("housingAdmin.entry.restoreLead")}</p>
                  <EntryChangeForm action={restoreEntryAction} entryId={entry.id} version={entry.version} text={text(t("housingAdmin.entry.restoreSubmit"))} />
                </>
              )}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
