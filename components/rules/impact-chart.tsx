// A server-rendered bar chart of one measure's families gaining and losing eligibility,
// per district. The table beside it stays the source of the figures: the chart is an
// image with a title and a description, and each bar carries its number with a sign, so
// gaining and losing do not rest on colour alone.
import type { District } from "@/prisma/generated/enums";

export interface ChartRow {
  district: District;
  label: string;
  gained: number;
  lost: number;
}

const ROW_HEIGHT = 44;
const BAR_HEIGHT = 16;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 640;
const VALUE_SPACE = 70;

export function ImpactChart({ id, title, description, rows, legend }: {
  id: string;
  title: string;
  description: string;
  rows: ChartRow[];
  legend: { gained: string; lost: string };
}) {
  const max = Math.max(1, ...rows.map((row) => Math.max(row.gained, row.lost)));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const height = rows.length * ROW_HEIGHT + 40;
  const scale = (value: number) => (value === 0 ? 0 : Math.max(2, (value / max) * barSpace));
  return (
    <figure className="max-w-3xl">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        className="h-auto w-full"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row, index) => {
          const top = index * ROW_HEIGHT;
          return (
            <g key={row.district}>
              <text x={0} y={top + ROW_HEIGHT / 2 + 5} fontSize={14} fill="#0f172a">
                {row.label}
              </text>
              <rect x={LABEL_WIDTH} y={top + 4} width={scale(row.gained)} height={BAR_HEIGHT} fill="#065f46" />
              <text x={LABEL_WIDTH + scale(row.gained) + 6} y={top + 4 + BAR_HEIGHT - 3} fontSize={13} fill="#065f46">
                {row.gained > 0 ? `+${row.gained}` : "0"}
              </text>
              <rect x={LABEL_WIDTH} y={top + 6 + BAR_HEIGHT} width={scale(row.lost)} height={BAR_HEIGHT} fill="#b91c1c" />
              <text x={LABEL_WIDTH + scale(row.lost) + 6} y={top + 6 + 2 * BAR_HEIGHT - 3} fontSize={13} fill="#b91c1c">
                {row.lost > 0 ? `−${row.lost}` : "0"}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, ${rows.length * ROW_HEIGHT + 12})`}>
          <rect width={14} height={14} fill="#065f46" />
          <text x={20} y={12} fontSize={13} fill="#0f172a">{`+ ${legend.gained}`}</text>
          <rect x={170} width={14} height={14} fill="#b91c1c" />
          <text x={190} y={12} fontSize={13} fill="#0f172a">{`− ${legend.lost}`}</text>
        </g>
      </svg>
    </figure>
  );
}
