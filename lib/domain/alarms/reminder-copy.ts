// The words of the day's reminders, from the tasks as they are when the alarm fires. Plain and specific: what is
// planned, what is next; no cheering.
import type { Task } from '../types';
import { formatMinutes } from '../format/duration-words';
import { isRestLike } from '../task-kinds';

export interface ReminderCopy {
  title: string;
  message: string;
}

// The pages' words for a length of time; exported here too, where the alarm code has always found them.
export { formatMinutes };

const isWork = (t: Task) => !isRestLike(t.kind);

export function morningCopy(tasks: Task[]): ReminderCopy {
  const work = tasks.filter(isWork);
  if (work.length === 0) {
    return {
      title: 'Rest day',
      message: 'Nothing is planned today. Resting is part of the plan: it is what lets the next study day count.',
    };
  }
  const minutes = work.reduce((sum, t) => sum + t.minutes, 0);
  const questions = work.reduce((sum, t) => sum + (t.questions ?? 0), 0);
  const parts = [
    `${work.length} ${work.length === 1 ? 'task' : 'tasks'}`,
    formatMinutes(minutes),
    ...(questions > 0 ? [`${questions} questions`] : []),
  ];
  const first = work.find((t) => t.status === 'todo');
  return {
    title: `Today: ${parts.join(', ')}`,
    message: first ? `First up: ${first.title}.` : 'Everything is already checked off.',
  };
}

/** Null when nothing is left to do today: no reminder then. */
export function studyStartCopy(tasks: Task[]): ReminderCopy | null {
  const next = tasks.find((t) => isWork(t) && t.status === 'todo');
  if (!next) return null;
  return { title: 'Your study block starts now', message: `Next: ${next.title} (${formatMinutes(next.minutes)}).` };
}

export function eveningCopy(tasks: Task[]): ReminderCopy {
  const work = tasks.filter(isWork);
  const done = work.filter((t) => t.status === 'done').length;
  const tally = work.length > 0 ? `${done} of ${work.length} tasks done today. ` : '';
  return {
    title: 'Evening review',
    message: `${tally}Take two minutes: what went well, what was hard? Tomorrow's plan makes room for what is left.`,
  };
}

export function practiceEveCopy(examTask: Task | undefined): ReminderCopy {
  const what = examTask ? examTask.title : 'Your practice exam';
  return {
    title: 'Practice exam tomorrow',
    message: `${what}. Tonight: check your login and timer, set up a quiet room, plan your breaks, and go to bed at your usual time.`,
  };
}
