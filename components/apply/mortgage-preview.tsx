"use client";

// The live estimate under the price field (JavaScript only; without it the next page
// shows the same figures, computed on the server).
import { estimateMortgage, type MortgageRates } from "@/lib/applications/flows/mortgage-estimate";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { MortgageFigures, type MortgageFigureLabels } from "./mortgage-figures";

export interface MortgagePreviewProps {
  priceText: string;
  rates: MortgageRates;
  locale: Locale;
  heading: string;
  labels: MortgageFigureLabels;
}

export function MortgagePreview({ priceText, rates, locale, heading, labels }: MortgagePreviewProps) {
  const digits = priceText.replace(/[\s\u00a0\u202f]/g, "");
  const price = /^\d{7,11}$/.test(digits) ? Number(digits) : null;
  return (
    <section aria-live="polite" aria-labelledby="mortgage-preview-heading" className="border-l-4 border-blue-800 bg-blue-50 p-4">
      <h2 id="mortgage-preview-heading" className="mb-2 text-lg font-bold">
        {heading}
      </h2>
      {price !== null ? (
        <MortgageFigures
          labels={labels}
          values={(() => {
            const estimate = estimateMortgage(price, rates);
            return {
              price: formatTenge(locale, price),
              downPayment: formatTenge(locale, estimate.downPaymentTenge),
              loan: formatTenge(locale, estimate.loanTenge),
              monthly: formatTenge(locale, estimate.monthlyPaymentTenge),
              total: formatTenge(locale, estimate.totalPaidTenge),
            };
          })()}
        />
      ) : null}
    </section>
  );
}
