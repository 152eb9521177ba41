// What the popup and the new tab show about focus: the running or paused session, its task's title, and the
// lengths the student can choose. One readonly transaction.
import type { RetakeCoachDatabase } from '../db/open';
import { readTransaction } from '../db/transaction';
import type { FocusView } from '../domain/focus/focus-view';
import { activeSessionOf, examBlockMinutes, isImpossibleSession } from '../domain/focus';
import { examProfile } from '../domain/profiles';
import { planDayOf } from '../domain/settings';
import { isRestLike } from '../domain/task-kinds';

export interface FocusState extends FocusView {
  /** A session with impossible times was read: the page ends it (lib/services/focus-repair.ts). */
  impossible: boolean;
}

export async function readFocusState(db: RetakeCoachDatabase, now: number): Promise<FocusState> {
  const { settings, session, impossible, task, todays } = await readTransaction(
    db,
    ['settings', 'focus', 'tasks'],
    async (repos) => {
      const settings = await repos.settings.read();
      const today = planDayOf(now, settings);
      const recent = await repos.focus.recent(today);
      const session = activeSessionOf(recent, now);
      const task = session?.taskId ? await repos.tasks.get(session.taskId) : undefined;
      return {
        settings,
        session,
        impossible: recent.some((s) => isImpossibleSession(s, now)),
        task,
        todays: await repos.tasks.onDay(today),
      };
    },
  );
  const next = todays.find((t) => t.status === 'todo' && !isRestLike(t.kind));
  return {
    session,
    impossible,
    taskTitle: task?.title,
    nextTask: next && { id: next.id, title: next.title, minutes: next.minutes },
    focus: settings.focus,
    examBlockMinutes: examBlockMinutes(examProfile(settings.examId).format),
  };
}
