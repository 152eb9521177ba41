// Tasks that come back: the weekly review, the weekly check-in with a supporter, the evening reflection, the
// retest of logged misses, and the rest day before the exam.
import type { Supporter } from '../settings';
import type { DraftTask } from './draft-task';
import { supporterLabel } from './task-copy';

/** `areaWord`: 'system' for an exam outlined by systems, 'topic' otherwise. */
export const weeklyReview = (areaWord: string): DraftTask => ({
  kind: 'weekly-review',
  priority: 2,
  minutes: 30,
  title: `Weekly review: questions done, accuracy by ${areaWord}, misses logged`,
  detail: 'Compare with last week and pick the two areas that need the most time next week.',
});

/** Rotates through the supporters, one per week. */
export function supportCheckIn(supporters: readonly Supporter[], week: number): DraftTask {
  const named = supporters.filter((s) => s.name.trim() !== '');
  const supporter = named.length > 0 ? named[week % named.length] : undefined;
  return {
    kind: 'support',
    priority: 3,
    minutes: 15,
    title: supporter
      ? `Check in with ${supporterLabel(supporter)}: share this week's numbers`
      : "Check in with someone in your corner: share this week's numbers",
    detail: 'Say what went well, what was hard, and one thing they could help with.',
  };
}

export const eveningReflection = (): DraftTask => ({
  kind: 'reflection',
  priority: 3,
  minutes: 10,
  title: 'Evening reflection: one thing that went well, one that was hard',
  detail: 'Two sentences are enough; they show you the pattern when you look back at the week.',
});

export const retestMisses = (): DraftTask => ({
  kind: 'retest-misses',
  priority: 2,
  minutes: 15,
  title: 'Retest the misses that are due today',
  detail: 'Answer each logged miss again without looking; one that you get right twice is retired.',
});

export const restBeforeExam = (): DraftTask => ({
  kind: 'rest',
  priority: 1,
  minutes: 0,
  title: 'Rest: no new questions today',
  detail: 'Lay out your ID and food, check the route once, and go to bed at your usual time.',
});
