// What moved, in the words the new tab shows: "3 tasks moved from Monday; 40 min did not fit - choices: ...".
import { daysBetween, weekdayIndex, type DayKey } from '../day';
import type { ReplanChoice, ReplanResult } from './replan-types';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const weekdayName = (day: DayKey): string => WEEKDAYS[weekdayIndex(day)] ?? day;

/** "Monday" within the last six days, where a weekday is unambiguous; "3 Nov" for anything older. */
export function pastDayName(day: DayKey, today: DayKey): string {
  if (daysBetween(day, today) <= 6) return weekdayName(day);
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`;
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function listWords(words: string[], joiner: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}

export function choiceText(choice: ReplanChoice): string {
  switch (choice.kind) {
    case 'add-hours':
      return `add ${formatMinutes(choice.minutes)} of study time over the coming days`;
    case 'drop-lower-priority':
      return `drop ${formatMinutes(choice.minutes)} of lower-priority work`;
    case 'move-exam-date':
      return 'move the exam date, if your booking and school allow it';
  }
}

/** One or two plain sentences; empty when nothing moved and nothing was lost. */
export function replanSummary(result: Pick<ReplanResult, 'moves' | 'unplacedMinutes' | 'choices'>, today: DayKey): string[] {
  const sentences: string[] = [];
  if (result.moves.length > 0) {
    const fromDays = [...new Set(result.moves.map((m) => m.from))].sort();
    const count = result.moves.length;
    sentences.push(`${count} ${count === 1 ? 'task' : 'tasks'} moved from ${listWords(fromDays.map((d) => pastDayName(d, today)))} into free time ahead.`);
  }
  if (result.unplacedMinutes > 0) {
    const options = listWords(result.choices.map(choiceText), 'or');
    sentences.push(`${formatMinutes(result.unplacedMinutes)} did not fit before the exam. Your choices: ${options}.`);
  }
  return sentences;
}
