// A deadline state as a badge: the words carry the meaning, the colour and the mark only
// repeat it, so it reads the same without colour vision (WCAG 1.4.1).
import { getTranslations } from "next-intl/server";
import type { DeadlineState } from "@/lib/work-queue/deadline-state";

const STYLES: Record<DeadlineState, { className: string; mark: string }> = {
  "on-track": { className: "border-emerald-800 bg-emerald-50 text-emerald-900", mark: "✓" },
  "at-risk": { className: "border-amber-700 bg-amber-50 text-amber-900", mark: "!" },
  breached: { className: "border-red-700 bg-red-50 text-red-800", mark: "✕" },
  paused: { className: "border-slate-600 bg-slate-100 text-slate-800", mark: "‖" },
};

export async function DeadlineBadge({ state }: { state: DeadlineState | null }) {
  const t = await getTranslations("workQueue");
  if (!state) return <span className="text-slate-700">{t("noDeadline")}</span>;
  const style = STYLES[state];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.mark}</span>
      <span>{t(`states.${state}`)}</span>
    </span>
  );
}
