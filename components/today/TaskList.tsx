import { FREE_RESCHEDULE } from '../../lib/domain/deadlines/timing-facts';
import type { Task } from '../../lib/domain/types';
import { FactList } from '../deadlines/FactList';
import { taskMeta } from './task-meta';

export interface TaskListProps {
  tasks: readonly Task[];
  /** The list's accessible name: "Today's tasks" (the contract in ../shared/DESIGN.md), or another day's. */
  label: string;
  onToggle: (taskId: string, done: boolean) => void;
  /** Starts a focus block on a task; given, each task still to do has a "Focus" button (the page gives none on a rest
   * day or on exam day). */
  onFocus?: (task: Task) => void;
  /** The popup leaves out each task's how-to line. */
  compact?: boolean;
}

/** A day's tasks in order: one checkbox each, named by the title; done tasks stay, struck through. */
export function TaskList({ tasks, label, onToggle, onFocus, compact }: TaskListProps) {
  return (
    <ul class="task-list" aria-label={label}>
      {tasks.map((t) => {
        const id = `task-${t.id}`;
        const meta = taskMeta(t);
        const done = t.status === 'done';
        return (
          <li key={t.id} class={done ? 'task done' : 'task'} data-kind={t.kind}>
            <input
              id={id}
              type="checkbox"
              checked={done}
              aria-describedby={meta ? `${id}-meta` : undefined}
              onChange={(e) => onToggle(t.id, e.currentTarget.checked)}
            />
            <div class="task-text">
              <label for={id} class="task-title">
                {t.title}
              </label>
              {meta && (
                <span id={`${id}-meta`} class="task-meta">
                  {meta}
                </span>
              )}
              {!compact && t.detail && <p class="task-detail">{t.detail}</p>}
              {/* The checkpoint's words name what a later date costs: the rule they rest on carries its source, as on
                  the plan page (issue 11: every exam fact shown carries its "as of" and source). */}
              {!compact && t.kind === 'checkpoint' && t.detail && (
                <FactList
                  facts={[['Free changes 46 or more days before the test, a Prometric fee after', FREE_RESCHEDULE]]}
                />
              )}
            </div>
            {/* Named "Focus on <title>", never "Start focus…": the Now card's button owns that name. A done task has
                nothing left to focus on. (The task-kind table is not asked: it would join the first paint.) */}
            {onFocus && !done && (
              <button type="button" class="task-focus" aria-label={`Focus on ${t.title}`} onClick={() => onFocus(t)}>
                Focus
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
