// Tasks that happen once: the reset at the start (look back, read the report, get help, change methods) and the
// logistics in the final days. They wait in a queue and go onto the first study days with room.
import type { DayKey } from '../day';
import { breakBudgetSentence, failedFormat, formatChangeSentence, formatOn } from '../profiles/exam-formats';
import type { Supporter } from '../settings';
import type { BlockFormat } from './block-format';
import { RANK, type DraftTask } from './draft-task';
import { supporterLabel, timingPlanTitle } from './task-copy';

/** Whom the plan is for, as far as the exam's format goes: the failed attempt's date and the exam date. */
export interface FormatContext {
  examId: string;
  examDate: DayKey;
  failedAttemptDate?: DayKey | undefined;
}

/** Rule 8: a student who failed in the old format and sits the new one meets its pacing early, not on exam day. */
function newFormatTask(context: FormatContext): DraftTask[] {
  // The tutorial task and its words are Step 1's (STEP1_FORMATS); another exam's change has no such task yet.
  if (
    context.examId !== 'usmle-step1' ||
    failedFormat(context.failedAttemptDate, context.examId) !== 'previous' ||
    formatOn(context.examDate) !== 'current'
  )
    return [];
  return [
    {
      kind: 'guidance',
      rank: RANK.start,
      priority: 1,
      minutes: 45,
      title: 'Take the new-format tutorial and sample questions on usmle.org',
      detail: `${formatChangeSentence()} Try a timed block in the new interface now, so the pacing is familiar long before exam day.`,
    },
  ];
}

/** A student who failed in the old format and sits the new one: every reset task there can be. */
export const OLD_FORMAT_FAILER: FormatContext = {
  examId: 'usmle-step1',
  examDate: '2027-01-01',
  failedAttemptDate: '2026-01-01',
};

/** The exam day's break budget, for Step 1 (the only profile with dated formats). */
export function breakBudgetDetail(context: FormatContext): string {
  return context.examId === 'usmle-step1' ? ` ${breakBudgetSentence(context.examDate)}` : '';
}

export function resetTasks(supporters: readonly Supporter[], hasBands: boolean, context?: FormatContext): DraftTask[] {
  const official = supporters.find((s) => (s.role === 'advisor' || s.role === 'dean') && s.name.trim() !== '');
  return [
    {
      kind: 'reflection',
      rank: RANK.start,
      priority: 1,
      minutes: 30,
      title: 'Write down what went wrong on your first attempt',
      detail:
        'Three short lists: how you studied, how you practised questions, what happened on exam day; facts, not blame.',
    },
    {
      kind: 'guidance',
      rank: RANK.start,
      priority: 1,
      minutes: 20,
      title: hasBands
        ? 'Check the bands you entered against your score report'
        : 'Enter the score report bands for every content area',
      detail: 'Lower, same or higher than a low pass, area by area: the plan gives the lower ones the most time.',
    },
    {
      kind: 'support',
      rank: RANK.start,
      priority: 1,
      minutes: 15,
      title: official
        ? `Book a meeting with ${supporterLabel(official)} about your retake plan`
        : 'Book a meeting with your advisor or dean about your retake plan',
      detail: 'Bring your score report and this plan; ask what your school requires before the retake.',
    },
    {
      kind: 'guidance',
      rank: RANK.start,
      priority: 2,
      minutes: 45,
      title: 'Review your study methods: what to keep and what to change',
      detail: 'Compare how much time went to reading versus timed questions, and write down two changes you will make.',
    },
    // Last, so that the other tasks keep their places (merge-future.ts matches kept reset tasks by place).
    ...(context ? newFormatTask(context) : []),
  ];
}

export function logisticsTasks(format: BlockFormat, context?: FormatContext): DraftTask[] {
  return [
    {
      kind: 'logistics',
      priority: 2,
      minutes: 20,
      title: 'Plan your route to the test centre and the time you will leave',
      detail: 'Check travel time at the hour you will travel and allow for delays; arrive early.',
    },
    {
      kind: 'logistics',
      priority: 2,
      minutes: 10,
      title: 'Check your ID against your exam registration: the names must match',
      detail: 'Put the ID and your scheduling permit or booking confirmation where you will see them on exam morning.',
    },
    {
      kind: 'logistics',
      priority: 2,
      minutes: 20,
      title: timingPlanTitle(format),
      detail: `Decide after which blocks you will take breaks, and what you will eat and drink.${context ? breakBudgetDetail(context) : ''}`,
    },
  ];
}
