// A horizontal bar chart drawn with plain HTML, so it reflows on a 320 px phone and
// needs no JavaScript. The bars are a picture of the table that always accompanies
// them (GOV.UK's dashboards do the same): screen readers skip the bars and read the
// table, which carries the exact figures.
export interface Bar {
  label: string;
  value: number;
  /** The value as the reader should see it (money, a count, "fewer than 10"). */
  display: string;
}

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="space-y-2">
      <figcaption className="text-lg font-bold">{title}</figcaption>
      <ul aria-hidden="true" className="space-y-2">
        {bars.map((bar) => (
          <li key={bar.label} className="grid grid-cols-[minmax(5rem,35%)_1fr] items-center gap-2 text-sm">
            <span className="break-words">{bar.label}</span>
            <span className="flex items-center gap-2">
              <span className="block h-5 bg-emerald-800" style={{ width: `${Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * 75)}%` }} />
              <span className="tabular-nums whitespace-nowrap">{bar.display}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
