// The calculator's figures as a description list. Plain markup: the server renders it on
// the page after the price, the price page's live preview renders it in the browser.
export interface MortgageFigureLabels {
  price: string;
  downPayment: string;
  loan: string;
  monthly: string;
  total: string;
}

export interface MortgageFigureValues {
  price: string;
  downPayment: string;
  loan: string;
  monthly: string;
  total: string;
}

export function MortgageFigures({ labels, values }: { labels: MortgageFigureLabels; values: MortgageFigureValues }) {
  const rows: [string, string][] = [
    [labels.price, values.price],
    [labels.downPayment, values.downPayment],
    [labels.loan, values.loan],
    [labels.monthly, values.monthly],
    [labels.total, values.total],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 tabular-nums sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
