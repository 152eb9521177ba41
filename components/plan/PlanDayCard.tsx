import { weekdayIndex } from '../../lib/domain/day';
import { FREE_RESCHEDULE } from '../../lib/domain/deadlines';
import { TASK_KIND_FACTS } from '../../lib/domain/task-kinds';
import type { Band, Task } from '../../lib/domain/types';
import type { ContentArea } from '../../lib/domain/profiles';
import { FactList } from '../deadlines/FactList';
import { taskFamily, type AreaFamily } from './area-families';
import { BreakableText } from './BreakableText';
import { onWeakArea, taskGroup } from './task-groups';
import { weekdayAndDay } from '../../lib/domain/format/day-words';
import { formatMinutes } from '../../lib/domain/format/duration-words';
import type { PlanDayView } from './plan-weeks';

const KIND_LABEL: Record<PlanDayView['kind'], string> = {
  study: '',
  rest: 'Rest day',
  off: 'Day off',
  blocked: 'Blocked',
  exam: 'Exam day',
  free: 'Free day',
};

/** Where the task stands: done, skipped, missed (an unfinished task of a past day, left there as it was; the
 * replanner carried a copy forward) or, for that copy, the day it was first planned for. */
function statusText(task: Task, isPast: boolean): string {
  if (task.status === 'done') return ' · done';
  if (task.status === 'skipped') return ' · skipped';
  if (isPast) return ' · missed';
  return task.movedFrom ? ` · from ${weekdayAndDay(task.movedFrom)}` : '';
}

function TaskLine({ task, isPast, weak, family }: { task: Task; isPast: boolean; weak: boolean; family?: AreaFamily }) {
  const amount = [formatMinutes(task.minutes), task.questions ? `${task.questions} q` : ''].filter(Boolean).join(' · ');
  return (
    <li
      class={`plan-task kind-${task.kind} group-${taskGroup(task.kind)}${family ? ` area-${family}` : ''}${task.status === 'done' ? ' is-done' : ''}`}
    >
      {TASK_KIND_FACTS[task.kind].badge && <span class="plan-badge">{TASK_KIND_FACTS[task.kind].badge}</span>}
      {weak && <span class="weak-tag">weak area</span>}
      <span class="plan-task-title">
        <BreakableText text={task.title} />
      </span>{' '}
      <span class="plan-task-amount">
        {amount}
        {statusText(task, isPast)}
      </span>
      {task.kind === 'checkpoint' && task.detail && (
        // The decision's reasoning and what a later date costs (issue 18), folded so the week stays readable.
        <details class="plan-task-detail">
          <summary>What to weigh, and what a later date costs</summary>
          <p>{task.detail}</p>
          <FactList
            facts={[['Free changes 46 or more days before the test, a Prometric fee after', FREE_RESCHEDULE]]}
          />
        </details>
      )}
    </li>
  );
}

/** One day: its date, its totals, its tasks; days without work say what kind of day they are. */
export function PlanDayCard({
  view,
  bands = {},
  areas = [],
}: {
  view: PlanDayView;
  bands?: Readonly<Record<string, Band>>;
  /** The exam's content areas: a task's line is tinted by its system's family (area-families.ts). */
  areas?: readonly ContentArea[];
}) {
  const classes = [
    'plan-day',
    `day-${view.kind}`,
    view.isToday ? 'is-today' : '',
    view.isPast ? 'is-past' : '',
    view.hasPracticeExam ? 'has-exam' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const totals = [
    view.minutes > 0 ? formatMinutes(view.minutes) : '',
    view.questions > 0 ? `${view.questions} questions` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    // The first day of a week that starts mid-week sits in its own weekday's column (plan.css).
    <li
      class={classes}
      aria-current={view.isToday ? 'date' : undefined}
      style={{ '--weekday-column': weekdayIndex(view.day) + 1 }}
    >
      <h3 class="plan-day-head">
        <span>{weekdayAndDay(view.day)}</span>
        {view.isToday && <span class="plan-today">Today</span>}
      </h3>
      {view.kind !== 'study' && <p class="plan-day-kind">{KIND_LABEL[view.kind]}</p>}
      {totals && <p class="plan-day-totals">{totals}</p>}
      {view.tasks.length > 0 && view.kind !== 'rest' && (
        <ul class="plan-tasks">
          {view.tasks.map((t) => (
            <TaskLine
              key={t.id}
              task={t}
              isPast={view.isPast}
              weak={onWeakArea(t, bands)}
              family={taskFamily(t, areas)}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
