// What moved, in the words the new tab shows: "3 tasks moved from Monday; 40 min did not fit - choices: ...".
import { daysBetween, type DayKey } from '../day';
import { dayLabel, dayLabelWithYear, weekdayName } from '../format/day-words';
import { formatMinutes } from '../format/duration-words';
import type { MakeRoomResult } from './make-room';
import type { ReplanChoice, ReplanResult } from './replan-types';

// The date and duration words every page uses (lib/domain/format/), exported here too, where the replan code has
// always found them.
export { formatMinutes, weekdayName };

/** "Monday" within the last six days, where a weekday is unambiguous; "Tue 3 Nov" for anything older. */
export function pastDayName(day: DayKey, today: DayKey): string {
  return daysBetween(day, today) <= 6 ? weekdayName(day) : dayLabel(day);
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
export function replanSummary(
  result: Pick<ReplanResult, 'moves' | 'unplacedMinutes' | 'choices'>,
  today: DayKey,
): string[] {
  const sentences: string[] = [];
  if (result.moves.length > 0) {
    const fromDays = [...new Set(result.moves.map((m) => m.from))].sort();
    const count = result.moves.length;
    sentences.push(
      `${count} ${count === 1 ? 'task' : 'tasks'} moved from ${listWords(fromDays.map((d) => pastDayName(d, today)))} into free time ahead.`,
    );
  }
  if (result.unplacedMinutes > 0) {
    const options = listWords(result.choices.map(choiceText), 'or');
    sentences.push(`${formatMinutes(result.unplacedMinutes)} did not fit before the exam. Your choices: ${options}.`);
  }
  return sentences;
}

/** A day ahead or behind: its weekday within six days, else its date. */
function nearDayName(day: DayKey, today: DayKey): string {
  return Math.abs(daysBetween(today, day)) <= 6 ? weekdayName(day) : dayLabel(day);
}

/** What "drop lower-priority work" did, in the notice's words. */
export function makeRoomSummary(
  result: Pick<MakeRoomResult, 'placed' | 'dropped' | 'stillUnplaced'>,
  today: DayKey,
): string[] {
  const sentences: string[] = [];
  if (result.placed.length > 0) {
    const droppedMinutes = result.dropped.reduce((sum, t) => sum + t.minutes, 0);
    const days = [...new Set(result.placed.map((p) => p.to))].sort().map((d) => nearDayName(d, today));
    const count = result.placed.length;
    const freed =
      result.dropped.length > 0 ? `Dropped ${formatMinutes(droppedMinutes)} of lower-priority review to fit` : 'Fitted';
    sentences.push(`${freed} ${count} ${count === 1 ? 'task' : 'tasks'} back in, on ${listWords(days)}.`);
  }
  if (result.stillUnplaced.length > 0) {
    const minutes = result.stillUnplaced.reduce((sum, t) => sum + t.minutes, 0);
    sentences.push(
      `${formatMinutes(minutes)} still does not fit: there is no lower-priority work left to trade. More hours or a later exam date would make room.`,
    );
  }
  return sentences;
}

/** What the bank cap took off the days ahead (fit-to-bank.ts); nothing when it took nothing. */
export function bankSentence(removed: number, left: number): string[] {
  if (removed <= 0) return [];
  const bank = left === 1 ? '1 question' : `${left} questions`;
  return [
    `${removed} planned questions after today were taken off, the latest first: your question bank has ${bank} left. Enter a new count in Settings if you add questions.`,
  ];
}

/** The replanner's last run was dated after today: the clock was set ahead once. */
export function futureReplanSentence(lastRun: DayKey): string {
  return `The plan was last checked for ${dayLabelWithYear(lastRun)}, a day that has not come yet: your computer's clock was probably set ahead. It is checked again for today, and unfinished work is moved as usual.`;
}
