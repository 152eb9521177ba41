import type { ScorePoint } from '../../lib/domain/progress';
import { dayLabel, dayMonth } from '../../lib/domain/format/day-words';
import { ChartFigure } from './ChartFigure';

/** The straight line closest to the scores in the order taken (least squares), from the first to the last. */
export function trendEnds(percents: readonly number[]): [number, number] | null {
  const n = percents.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = percents.reduce((s, p) => s + p, 0) / n;
  const slope =
    percents.reduce((s, p, i) => s + (i - meanX) * (p - meanY), 0) /
    percents.reduce((s, _, i) => s + (i - meanX) ** 2, 0);
  return [meanY - slope * meanX, meanY + slope * (n - 1 - meanX)];
}

const W = 560;
const H = 220;
const LEFT = 36;
const BOTTOM = 24;
const TICKS = [0, 25, 50, 75, 100];

/** Practice-exam percent correct in the order taken. The line is the student's Free 120 go-ahead level, the only level
 * in percent correct (NBME forms are compared by their probability of passing, in the table: like with like,
 * lib/domain/readiness/go-ahead.ts). NBME publishes no single passing percent (../shared/domain/README.md, section 5). */
export function ScoreChart({ scores, goAheadPercent }: { scores: readonly ScorePoint[]; goAheadPercent: number }) {
  const x = (i: number) =>
    LEFT + 20 + (scores.length > 1 ? (i * (W - LEFT - 200)) / (scores.length - 1) : (W - LEFT - 180) / 2);
  const y = (p: number) => 8 + ((100 - p) * (H - BOTTOM - 8)) / 100;
  const latest = scores[scores.length - 1];
  const trend = trendEnds(scores.map((s) => s.percentCorrect));
  const line =
    goAheadPercent > 0
      ? ` Your Free 120 go-ahead level is ${goAheadPercent}% correct.`
      : ' No Free 120 go-ahead level set yet.';
  const summary = latest
    ? `${scores.length} practice ${scores.length === 1 ? 'exam' : 'exams'}; the latest, ${latest.formName}, ${latest.percentCorrect}% correct.${line}`
    : `No practice exam logged yet.${line}`;
  const direction = trend
    ? trend[1] - trend[0] > 1
      ? ' The trend is up.'
      : trend[1] - trend[0] < -1
        ? ' The trend is down.'
        : ' The trend is level.'
    : '';
  const rows = scores.map((s) => [
    dayLabel(s.day),
    s.formName,
    `${s.percentCorrect}%`,
    s.passProbability === undefined ? 'not given' : `${s.passProbability}%`,
  ]);
  return (
    <ChartFigure
      id="scores"
      title="Practice exams"
      summary={summary + direction}
      legend={
        <p class="heat-legend" aria-hidden="true">
          <span class="key-score">Your scores</span>
          {trend && <span class="key-trend">Trend</span>}
          {goAheadPercent > 0 && <span class="key-goal">Free 120 go-ahead level</span>}
        </p>
      }
      columns={['Date', 'Form', 'Percent correct', 'Estimated chance of passing']}
      rows={rows}
      width={W}
      height={H}
    >
      {TICKS.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={W} y1={y(t)} y2={y(t)} class="grid" />
          <text x={LEFT - 6} y={y(t) + 4} text-anchor="end" class="chart-label">
            {t}
          </text>
        </g>
      ))}
      {goAheadPercent > 0 && (
        <g>
          <line x1={LEFT} x2={W} y1={y(goAheadPercent)} y2={y(goAheadPercent)} class="goal-line" />
          <text x={W - 4} y={y(goAheadPercent) + 14} text-anchor="end" class="chart-label">
            Free 120 go-ahead, {goAheadPercent}% correct
          </text>
        </g>
      )}
      {scores.length > 1 && (
        <polyline points={scores.map((s, i) => `${x(i)},${y(s.percentCorrect)}`).join(' ')} class="score-line" />
      )}
      {trend && (
        <line
          x1={x(0)}
          y1={y(trend[0])}
          x2={x(scores.length - 1)}
          y2={y(trend[1])}
          class="trend-line"
          data-testid="trend-line"
        />
      )}
      {scores.map((s, i) => (
        <g key={`${s.day}-${i}`}>
          <circle cx={x(i)} cy={y(s.percentCorrect)} r={5} class="score-dot" />
          <text x={x(i)} y={y(s.percentCorrect) - 10} text-anchor="middle" class="chart-label">
            {s.percentCorrect}
          </text>
          <text x={x(i)} y={H - 6} text-anchor="middle" class="chart-label">
            {dayMonth(s.day)}
          </text>
        </g>
      ))}
    </ChartFigure>
  );
}
