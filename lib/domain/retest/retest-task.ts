// The `retest-misses` task that brings logged misses back on their retest days.
import type { DayKey } from '../day';
import { TEXT_LIMITS } from '../limits';
import type { Task } from '../types';

/** About 2 minutes a question (answer, then reread the explanation), at least 10. */
export const retestMinutes = (count: number): number => Math.max(10, count * 2);

const TAIL = '. Answer each again before reading the explanation.';

/** The IDs as one line, cut with "and N more" so that the detail stays within its limit however many were logged. */
function idList(ids: readonly string[]): string {
  const room = TEXT_LIMITS.taskDetail - 'Question IDs: '.length - TAIL.length - ', and 1000 more'.length;
  let shown = 0;
  let length = 0;
  while (shown < ids.length && length + ids[shown]!.length + 2 <= room) length += ids[shown++]!.length + 2;
  const rest = ids.length - shown;
  return rest === 0 ? ids.join(', ') : `${ids.slice(0, shown).join(', ')}, and ${rest} more`;
}

export function retestTask(fields: {
  id: string;
  day: DayKey;
  loggedOn: DayKey;
  questionIds: string[];
  missIds: string[];
  order: number;
  round: number;
}): Task {
  const count = fields.questionIds.length;
  return {
    id: fields.id,
    day: fields.day,
    kind: 'retest-misses',
    title: `Retest ${count} missed ${count === 1 ? 'question' : 'questions'} from ${fields.loggedOn} (round ${fields.round})`,
    detail: `Question IDs: ${idList(fields.questionIds)}${TAIL}`,
    minutes: retestMinutes(count),
    questions: count,
    status: 'todo',
    order: fields.order,
    priority: 2,
    missIds: [...fields.missIds],
    retestRound: fields.round,
  };
}
