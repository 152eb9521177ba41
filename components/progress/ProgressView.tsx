import type { DayKey } from '../../lib/domain/day';
import type { ProgressSummary } from '../../lib/domain/progress';
import { dayLabel } from '../../lib/domain/format/day-words';
import { BarChart } from './BarChart';
import { HeatMapChart } from './HeatMapChart';
import { ScoreChart } from './ScoreChart';
import { SupportNotice } from './SupportNotice';
import './progress.css';

/** Below 60% is where the plan starts giving an area more time (lib/domain/performance). */
const LOW_PERCENT = 60;

/** The progress page's charts, each with its numbers beside it. */
export function ProgressView({ summary, today }: { summary: ProgressSummary; today: DayKey }) {
  const weeks = summary.weeks;
  const maxWeek = Math.max(0, ...weeks.map((w) => w.questions));
  const lowAreas = summary.areas.filter((a) => (a.percent ?? 100) < LOW_PERCENT).length;
  const lastTasks = summary.tasks[summary.tasks.length - 1];
  return (
    <div class="progress-view">
      <SupportNotice message={summary.supportNudge} />
      <HeatMapChart weeks={summary.heat} totalMinutes={summary.totalMinutes} today={today} />
      <BarChart
        id="weeks"
        title="Questions per week"
        scaleMax={maxWeek}
        summary={
          weeks.length
            ? `${weeks.reduce((s, w) => s + w.questions, 0)} questions over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}.`
            : 'No question blocks logged yet.'
        }
        columns={['Week of', 'Questions', 'Percent correct']}
        rows={weeks.map((w) => [dayLabel(w.key), w.questions, w.percent === null ? '-' : `${w.percent}%`])}
        bars={weeks.map((w) => ({
          label: `Week of ${dayLabel(w.key)}`,
          value: w.questions,
          text: `${w.questions} · ${w.percent ?? '-'}%`,
        }))}
      />
      <BarChart
        id="areas"
        title="Percent correct per area"
        scaleMax={100}
        summary={
          summary.areas.length
            ? `${summary.areas.length} ${summary.areas.length === 1 ? 'area' : 'areas'} logged; ${lowAreas} below ${LOW_PERCENT}%, lowest first.`
            : 'No areas logged yet: tick the areas when you log a block.'
        }
        columns={['Area', 'Questions', 'Percent correct']}
        rows={summary.areas.map((a) => [a.name, a.questions, a.percent === null ? '-' : `${a.percent}%`])}
        bars={summary.areas.map((a) => ({
          label: a.name,
          value: a.percent ?? 0,
          text: `${a.percent ?? '-'}% of ${a.questions}`,
          low: (a.percent ?? 100) < LOW_PERCENT,
        }))}
      />
      <ScoreChart scores={summary.scores} goAheadPercent={summary.goAheadPercent} />
      <BarChart
        id="tasks"
        title="Tasks done and planned"
        scaleMax={Math.max(0, ...summary.tasks.map((t) => t.planned))}
        summary={
          lastTasks
            ? `This week so far: ${lastTasks.done} of ${lastTasks.planned} planned tasks done.`
            : 'No planned tasks yet.'
        }
        columns={['Week of', 'Done', 'Planned']}
        rows={summary.tasks.map((t) => [dayLabel(t.week), t.done, t.planned])}
        bars={summary.tasks.map((t) => ({
          label: `Week of ${dayLabel(t.week)}`,
          value: t.done,
          outOf: t.planned,
          text: `${t.done} of ${t.planned}`,
        }))}
      />
    </div>
  );
}
