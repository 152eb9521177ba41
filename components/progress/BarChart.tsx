import { ChartFigure } from './ChartFigure';

export interface Bar {
  label: string;
  value: number;
  /** Drawn as a pale track behind the bar (e.g. tasks planned behind tasks done). */
  outOf?: number;
  /** The bar's number in words, e.g. '62%' or '8 of 10'. */
  text: string;
  /** Marks a bar below a threshold the chart cares about. */
  low?: boolean;
}

export interface BarChartProps {
  id: string;
  title: string;
  summary: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  bars: readonly Bar[];
  scaleMax: number;
}

const ROW = 24;
const LABEL = 230;
const BAR = 260;
const TEXT = 80;

/** Horizontal bars with their labels and numbers, one row each. */
export function BarChart(props: BarChartProps) {
  const scale = (v: number) => (props.scaleMax > 0 ? (BAR * Math.max(0, v)) / props.scaleMax : 0);
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      summary={props.summary}
      columns={props.columns}
      rows={props.rows}
      width={LABEL + BAR + TEXT}
      height={Math.max(1, props.bars.length) * ROW}
    >
      {props.bars.map((b, i) => (
        <g key={b.label} transform={`translate(0 ${i * ROW})`}>
          <text x={LABEL - 8} y={16} text-anchor="end" class="chart-label">
            {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
          </text>
          {b.outOf !== undefined && (
            <rect x={LABEL} y={4} width={scale(b.outOf)} height={16} rx={3} class="bar-track" />
          )}
          <rect x={LABEL} y={4} width={scale(b.value)} height={16} rx={3} class={b.low ? 'bar bar-low' : 'bar'} />
          <text x={LABEL + scale(Math.max(b.value, b.outOf ?? 0)) + 6} y={16} class="chart-label">
            {b.text}
          </text>
        </g>
      ))}
    </ChartFigure>
  );
}
