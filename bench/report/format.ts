// Number and table formatting for docs/benchmarks.md.
// A run with no responses has no latency: NaN in memory, null once written as JSON.
const isFigure = (value: number | null): value is number => value !== null && Number.isFinite(value);
export const int = (value: number | null) => (isFigure(value) ? Math.round(value).toLocaleString("en-US") : "—");
export const fixed = (value: number | null, digits = 1) =>
  isFigure(value) ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "—";
export const ms = (value: number | null) => (isFigure(value) ? `${fixed(value, 1)} ms` : "—");
export const seconds = (value: number | null) => (isFigure(value) ? `${fixed(value, 2)} s` : "—");
export const kib = (bytes: number) => `${fixed(bytes / 1024, 1)} KiB`;

/** The mark beside a figure and its target. */
export const mark = (pass: boolean) => (pass ? "PASS" : "**FAIL**");

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}
