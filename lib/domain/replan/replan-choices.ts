// The choices offered when work no longer fits: more hours, less low-priority work, or a later exam date.
import type { ReplanChoice, ReplanInput } from './replan-types';

/** Priority 4-5 work is "nice to have" (lib/domain/types.ts, Task.priority). */
export const LOWER_PRIORITY = 4;

export function replanChoices(unplacedMinutes: number, input: ReplanInput): ReplanChoice[] {
  if (unplacedMinutes <= 0) return [];
  const droppable = input.tasks
    .filter((t) => t.status === 'todo' && t.day >= input.today && !t.fixed && t.priority >= LOWER_PRIORITY)
    .reduce((sum, t) => sum + t.minutes, 0);
  const choices: ReplanChoice[] = [{ kind: 'add-hours', minutes: unplacedMinutes }];
  if (droppable > 0) choices.push({ kind: 'drop-lower-priority', minutes: Math.min(droppable, unplacedMinutes) });
  choices.push({ kind: 'move-exam-date' });
  return choices;
}
