import type { MeasureView, ScreenerResultView } from "@/lib/screener/present-screener-result";

const OUTCOME_STYLE: Record<MeasureView["outcome"], string> = {
  eligible: "bg-emerald-800 text-white",
  review: "bg-blue-800 text-white",
  not_eligible: "bg-slate-200 text-slate-900",
};

/** One measure of the engine's verdict: outcome, amount, for whom, what would change a "no", and why. */
export function MeasureResult({ measure, labels }: { measure: MeasureView; labels: ScreenerResultView["labels"] }) {
  const headingId = `measure-${measure.code}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 border-l-4 border-emerald-800 bg-white p-4 shadow-sm">
      <h4 id={headingId} className="text-lg font-bold">
        {measure.name}
      </h4>
      <p>
        <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${OUTCOME_STYLE[measure.outcome]}`}>{measure.outcomeLabel}</span>
        {measure.amount ? <span className="ml-3 text-lg font-bold">{measure.amount}</span> : null}
      </p>
      {measure.terms ? <p>{measure.terms}</p> : null}
      {measure.members.length > 0 ? (
        <div>
          <p className="font-semibold">{labels.forWhom}</p>
          <ul className="list-disc pl-6">
            {measure.members.map((member) => (
              <li key={member}>{member}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {measure.hints.length > 0 ? (
        <div className="bg-amber-50 p-3">
          <p className="font-semibold">{labels.hints}</p>
          <ul className="list-disc pl-6">
            {measure.hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* Collapsed but there without JavaScript: <details> needs no script. */}
      <details>
        <summary className="min-h-6 cursor-pointer font-semibold text-blue-800 underline">{labels.reasons}</summary>
        <ul className="mt-2 space-y-1">
          {measure.reasons.map((reason, index) => (
            <li key={index} className="flex gap-2">
              <span aria-hidden="true" className={reason.passed ? "text-emerald-800" : "text-red-700"}>
                {reason.passed ? "✓" : "✗"}
              </span>
              <span>
                <span className="sr-only">{reason.passed ? labels.met : labels.notMet}: </span>
                {reason.text}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
