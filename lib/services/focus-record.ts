// Shared steps of the focus services, all inside the caller's transaction: find the session that has not ended,
// and write an ended session together with the focus minutes it adds to its task.
import type { Repositories } from '../db/transaction';
import type { DayKey } from '../domain/day';
import { activeSessionOf, focusedMinutes } from '../domain/focus';
import { planDayOf, type Settings } from '../domain/settings';
import type { FocusSession } from '../domain/types';

export const FOCUS_REPOSITORIES = ['focus', 'tasks', 'settings'] as const;
export type FocusRepos = Pick<Repositories, (typeof FOCUS_REPOSITORIES)[number]>;

export interface FocusContext {
  settings: Settings;
  today: DayKey;
  active?: FocusSession;
  /** Every session of today and yesterday (the plan day may have started before midnight). */
  recent: FocusSession[];
}

export async function readFocusContext(repos: FocusRepos, now: number): Promise<FocusContext> {
  const settings = await repos.settings.read();
  const today = planDayOf(now, settings);
  const recent = await repos.focus.recent(today);
  return { settings, today, active: activeSessionOf(recent, now), recent };
}

/** Stores a session that just ended and credits its focus minutes to its task (if the task still exists). */
export async function saveEnded(repos: FocusRepos, ended: FocusSession, now: number): Promise<void> {
  await repos.focus.put(ended);
  const minutes = focusedMinutes(ended, now);
  if (!ended.taskId || minutes <= 0) return;
  const task = await repos.tasks.get(ended.taskId);
  if (task) await repos.tasks.put({ ...task, focusMinutes: (task.focusMinutes ?? 0) + minutes });
}

/** Focus blocks completed on `day` (for the long break after every few). */
export function completedBlocksOn(sessions: FocusSession[], day: DayKey): number {
  return sessions.filter((s) => s.day === day && s.kind === 'focus' && s.endReason === 'completed').length;
}
