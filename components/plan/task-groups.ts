// The plan's colours: each task kind belongs to one of five groups, each with a colour and a name for the legend, and
// a task on an area the score report put lower is marked as weak-area work. Pure, tested without a DOM.
import { TASK_KIND_FACTS, type TaskGroup, type TaskKind } from '../../lib/domain/task-kinds';
import type { Band, Task } from '../../lib/domain/types';

export type { TaskGroup };

/** Each kind's group, from its row in the task-kind table. */
export const taskGroup = (kind: TaskKind): TaskGroup => TASK_KIND_FACTS[kind].group;

/** The legend, in the order a day's work mostly runs. */
export const GROUP_NAMES: [TaskGroup, string][] = [
  ['questions', 'Questions and their review'],
  ['review', 'Content review'],
  ['exam', 'Practice exams and decisions'],
  ['people', 'Reflection, people and logistics'],
  ['rest', 'Rest'],
];

/** True when the task works on an area the score report put lower than passing examinees. */
export const onWeakArea = (task: Task, bands: Readonly<Record<string, Band>>): boolean =>
  (task.areaIds ?? []).some((id) => bands[id] === 'lower');
