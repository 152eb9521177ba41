import { weekdayIndex, type DayKey } from '../../lib/domain/day';
import type { HeatCell } from '../../lib/domain/progress';
import { dayLabel, dayMonth } from '../../lib/domain/format/day-words';
import { formatMinutes } from '../../lib/domain/format/duration-words';
import { ChartFigure } from './ChartFigure';

const CELL = 18;
const GAP = 3;
const LEFT = 32;
const TOP = 18;
const DAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LEVELS = ['none', 'under 2 h', '2-4 h', '4-6 h', '6 h or more'];

/**
 * Hours studied per day as a calendar: one column per week (Monday at the top), a month's name over the week it
 * starts in, darker for more hours; days still ahead, up to the exam, are drawn as empty outlines.
 */
export function HeatMapChart({
  weeks,
  totalMinutes,
  today,
}: {
  weeks: readonly HeatCell[][];
  totalMinutes: number;
  today: DayKey;
}) {
  const days = weeks.flat().filter((d) => d.day <= today);
  const studied = days.filter((d) => d.minutes > 0).length;
  const summary = `${formatMinutes(totalMinutes)} studied in all; ${studied} of the last ${days.length} ${days.length === 1 ? 'day' : 'days'} had study time.`;
  const rows = weeks
    .filter((w) => (w[0]?.day ?? '') <= today)
    .map((w) => [
      dayLabel(w[0]?.day ?? today),
      formatMinutes(w.reduce((s, d) => s + d.minutes, 0)),
      w.filter((d) => d.minutes > 0).length,
    ]);
  // A month's name over the first column holding its 1st (or over the first column).
  // The first column's label gives way when the next month starts within three weeks, so names never overlap.
  const months = weeks
    .flatMap((w, i) => {
      const first = w.find((d) => d.day.endsWith('-01')) ?? (i === 0 ? w[0] : undefined);
      return first ? [{ i, x: LEFT + i * (CELL + GAP), text: dayMonth(first.day).split(' ')[1] ?? '' }] : [];
    })
    .filter((m, k, all) => !(m.i === 0 && all[k + 1] !== undefined && all[k + 1]!.i < 3));
  return (
    <ChartFigure
      id="heat"
      title="Hours studied per day"
      summary={summary}
      columns={['Week of', 'Hours', 'Days studied']}
      rows={rows}
      width={LEFT + weeks.length * (CELL + GAP)}
      height={TOP + 7 * (CELL + GAP)}
      legend={
        <p class="heat-legend" aria-hidden="true">
          {LEVELS.map((name, level) => (
            <span key={name}>
              <svg width="12" height="12" class="heat-key">
                <rect width="12" height="12" rx="2" class={`heat heat-${level}`} />
              </svg>
              {name}
            </span>
          ))}
        </p>
      }
    >
      {months.map((m) => (
        <text key={m.x} x={m.x} y={11} class="chart-label">
          {m.text}
        </text>
      ))}
      {DAY_LABELS.map((label, i) => (
        <text key={label} x={0} y={TOP + i * (CELL + GAP) + CELL - 5} class="chart-label">
          {label}
        </text>
      ))}
      {weeks.map((week, w) =>
        week.map((cell) => {
          const row = weekdayIndex(cell.day);
          const ahead = cell.day > today;
          return (
            <rect
              key={cell.day}
              x={LEFT + w * (CELL + GAP)}
              y={TOP + row * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={3}
              class={ahead ? 'heat heat-ahead' : `heat heat-${cell.level}${cell.day === today ? ' heat-today' : ''}`}
            >
              <title>
                {ahead ? `${dayLabel(cell.day)}: ahead` : `${dayLabel(cell.day)}: ${formatMinutes(cell.minutes)}`}
              </title>
            </rect>
          );
        }),
      )}
    </ChartFigure>
  );
}
