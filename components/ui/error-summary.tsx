"use client";

import { useEffect, useRef } from "react";

/**
 * GOV.UK's error summary: after a failed submit, focus moves here and each error links
 * to its field, so keyboard and screen-reader users find every problem at once.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: { field?: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="border-4 border-red-700 p-4 focus:outline-none focus:ring-4 focus:ring-amber-400">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((error) => (
          <li key={`${error.field ?? "form"}-${error.message}`}>
            {error.field ? (
              <a href={`#field-${error.field}`} className="font-semibold text-red-700 underline">
                {error.message}
              </a>
            ) : (
              <span className="font-semibold text-red-700">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
