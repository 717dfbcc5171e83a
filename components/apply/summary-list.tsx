// GOV.UK's summary list: each answer with a "Change" link back to its question.
import { Link } from "@/lib/i18n/navigation";

export interface SummaryRow {
  key: string;
  label: string;
  value: React.ReactNode;
  changeHref?: string;
}

export function SummaryList({ rows, changeLabel, changeHidden }: { rows: SummaryRow[]; changeLabel: string; changeHidden: (label: string) => string }) {
  return (
    <dl className="divide-y divide-slate-300 border-y border-slate-300">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr_auto] sm:gap-4">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="whitespace-pre-wrap break-words">{row.value}</dd>
          <dd>
            {row.changeHref ? (
              <Link href={row.changeHref} className="inline-flex min-h-6 items-center text-blue-800 underline">
                {changeLabel}
                <span className="sr-only"> {changeHidden(row.label)}</span>
              </Link>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
