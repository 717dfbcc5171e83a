import type { Ref } from "react";
import type { ScreenerResultView } from "@/lib/screener/present-screener-result";
import { MeasureResult } from "./measure-result";

/** The engine's verdict for the answers: the family's facts, then what it may get and what not. */
export function ScreenerResult({ result, locale, headingRef }: { result: ScreenerResultView; locale: string; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <section aria-labelledby="screener-result-heading" className="space-y-6">
      <h2 id="screener-result-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {result.heading}
      </h2>
      <p>{result.asOf}</p>

      <div>
        <h3 className="text-xl font-bold">{result.factsHeading}</h3>
        <dl className="mt-2 grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1">
          {result.facts.map((fact) => (
            <div key={fact.term} className="contents">
              <dt>{fact.term}</dt>
              <dd className="text-right font-semibold tabular-nums">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>

      <div className="space-y-3">
        <h3 className="text-xl font-bold">{result.yesHeading}</h3>
        {result.noneYes ? <p>{result.noneYes}</p> : null}
        {result.likely.map((measure) => (
          <MeasureResult key={measure.code} measure={measure} labels={result.labels} />
        ))}
      </div>

      {result.unlikely.length > 0 ? (
        <div className="space-y-3">
          <h3 className="text-xl font-bold">{result.noHeading}</h3>
          {result.unlikely.map((measure) => (
            <MeasureResult key={measure.code} measure={measure} labels={result.labels} />
          ))}
        </div>
      ) : null}

      <div className="space-y-2 border-t-4 border-emerald-800 pt-4">
        <h3 className="text-xl font-bold">{result.next.heading}</h3>
        <p>{result.next.text}</p>
        <p className="flex flex-wrap gap-4">
          <a href={`/${locale}/register`} className="inline-block min-h-11 rounded bg-emerald-800 px-5 py-3 font-semibold text-white no-underline hover:bg-emerald-900">
            {result.next.register}
          </a>
          <a href={`/${locale}/sign-in`} className="inline-block min-h-11 px-2 py-3 font-semibold">
            {result.next.signIn}
          </a>
        </p>
      </div>
    </section>
  );
}
