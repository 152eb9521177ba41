// The `retest-misses` task that brings logged misses back on their retest days.
import type { DayKey } from '../day';
import type { Task } from '../types';

/** About 2 minutes a question (answer, then reread the explanation), at least 10. */
export const retestMinutes = (count: number): number => Math.max(10, count * 2);

export function retestTask(fields: { id: string; day: DayKey; loggedOn: DayKey; questionIds: string[]; missIds: string[]; order: number; round: number }): Task {
  const count = fields.questionIds.length;
  return {
    id: fields.id,
    day: fields.day,
    kind: 'retest-misses',
    title: `Retest ${count} missed ${count === 1 ? 'question' : 'questions'} from ${fields.loggedOn} (round ${fields.round})`,
    detail: `Question IDs: ${fields.questionIds.join(', ')}. Answer each again before reading the explanation.`,
    minutes: retestMinutes(count),
    questions: count,
    status: 'todo',
    order: fields.order,
    priority: 2,
    missIds: [...fields.missIds],
    retestRound: fields.round,
  };
}
