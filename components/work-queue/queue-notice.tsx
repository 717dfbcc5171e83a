// What happened after a claim or an assignment, read from ?notice= after the redirect.
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { QueueNotice as Notice } from "@/lib/work-queue/queue-filters";

const SUCCESS: readonly Notice[] = ["claimed", "assigned", "unassigned"];

export async function QueueNotice({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  const t = await getTranslations("workQueue");
  return <Alert tone={SUCCESS.includes(notice) ? "success" : "error"} title={t(`notices.${notice}`)} live />;
}
