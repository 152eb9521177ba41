import type { HeatCell } from '../../lib/domain/progress';
import { formatMinutes } from '../../lib/domain/replan';
import { ChartFigure } from './ChartFigure';

const CELL = 22;
const GAP = 4;
const LEFT = 34;
const TOP = 4;
const DAY_LABELS = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];

/** Hours studied per day as a calendar: one column per week, darker for more hours. */
export function HeatMapChart({ weeks, totalMinutes }: { weeks: readonly HeatCell[][]; totalMinutes: number }) {
  const days = weeks.flat();
  const studied = days.filter((d) => d.minutes > 0).length;
  const summary = `${formatMinutes(totalMinutes)} studied in all; ${studied} of the last ${days.length} days had study time.`;
  const rows = weeks.map((w) => [
    w[0]?.day ?? '',
    formatMinutes(w.reduce((s, d) => s + d.minutes, 0)),
    w.filter((d) => d.minutes > 0).length,
  ]);
  return (
    <ChartFigure
      id="heat"
      title="Hours studied per day"
      summary={summary}
      columns={['Week of', 'Hours', 'Days studied']}
      rows={rows}
      width={LEFT + weeks.length * (CELL + GAP)}
      height={TOP + 7 * (CELL + GAP)}
    >
      {DAY_LABELS.map(
        (label, i) =>
          label && (
            <text key={label} x={0} y={TOP + i * (CELL + GAP) + CELL - 6} class="chart-label">
              {label}
            </text>
          ),
      )}
      {weeks.map((week, w) =>
        week.map((cell, d) => (
          <rect
            key={cell.day}
            x={LEFT + w * (CELL + GAP)}
            y={TOP + d * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={3}
            class={`heat heat-${cell.level}`}
          >
            <title>{`${cell.day}: ${formatMinutes(cell.minutes)}`}</title>
          </rect>
        )),
      )}
    </ChartFigure>
  );
}
