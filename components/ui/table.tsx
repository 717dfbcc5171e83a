// A data table with a caption (its accessible name) and header cells scoped to columns.
// On a narrow phone the table scrolls sideways inside a region that keyboard users can
// focus and scroll (axe: scrollable-region-focusable).
import { useId } from "react";

export function Table({ caption, headers, rows, numericColumns = [] }: {
  caption: string;
  headers: string[];
  rows: React.ReactNode[][];
  /** Column indexes aligned right (numbers and money). */
  numericColumns?: number[];
}) {
  const captionId = useId();
  return (
    // `relative` keeps visually hidden (absolutely positioned) text inside the scrolling
    // region; otherwise it lands off to the right of the page and makes the page scroll.
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="w-full border-collapse text-left">
        <caption id={captionId} className="mb-2 text-left text-lg font-bold">
          {caption}
        </caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={header} scope="col" className={`border-b-2 border-slate-800 p-2 ${numericColumns.includes(index) ? "text-right" : ""}`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex} className="border-b border-slate-300">
              {cells.map((cell, index) => (
                <td key={index} className={`p-2 ${numericColumns.includes(index) ? "text-right tabular-nums" : ""}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
