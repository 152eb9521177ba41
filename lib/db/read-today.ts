// Everything the new tab and the popup draw, in ONE readonly transaction with every request sent at once (one round
// trip): settings, the app state (the encouragements' history and the replan news), tasks from two weeks back to two
// weeks ahead, the practice exams, the question logs of this week and the two weeks before (the meters count what was
// logged this week; the message's praise for preparation needs the logs of the last two weeks), the past attempts
// (the format the student failed in) and the evening moods of the last week (the latest picks the day's message;
// three low ones point it to "Get support"). The
// plan day depends on the stored day-start hour, so the ranges are laid around the calendar date and cover both
// days it could be. (lib/db/read-today-tasks.ts gives the logging panel its part of it.)
import { addDays, planDayAt, weekStart } from '../domain/day';
import { latestMood } from '../domain/progress/latest-mood';
import { SUPPORT_GAP_DAYS } from '../domain/progress/support-nudge';
import { LOOK_BACK_DAYS } from '../domain/today/study-days';
import { PREPARATION_DAYS } from '../domain/today/message-facts';
import { LOW_MOOD_WINDOW_DAYS } from '../domain/wellbeing/low-mood-run';
import type { TodayRecords } from '../domain/today/today-view';
import type { RetakeCoachDatabase } from './open';
import { TODAY_READ } from './today-scope';
import { planDayOf } from '../domain/settings';
import { withDefaults } from '../domain/with-defaults';
import { appStateWithDefaults } from '../domain/app-state';
import { APP_STATE_KEY, SETTINGS_KEY } from './schema';

/** Two weeks ahead: tomorrow after a run of days off, the rest of the week, and the next practice exam. */
export const LOOK_AHEAD_DAYS = 14;
/** Enough history for streaks and gaps, and for the two weeks the support nudge looks at (read-today-tasks.ts). */
const LOOK_BACK = Math.max(LOOK_BACK_DAYS, SUPPORT_GAP_DAYS);

function logsFrom(calendarDay: string): string {
  const monday = weekStart(addDays(calendarDay, -1));
  const twoWeeks = addDays(calendarDay, -PREPARATION_DAYS - 1);
  return monday < twoWeeks ? monday : twoWeeks;
}

export async function readToday(db: RetakeCoachDatabase, now: number): Promise<TodayRecords> {
  const calendarDay = planDayAt(now, 0);
  const tx = db.transaction([...TODAY_READ], 'readonly');
  const [stored, appState, tasks, assessments, logs, journal, attempts] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('appState').get(APP_STATE_KEY),
    tx
      .objectStore('tasks')
      .index('by-day')
      .getAll(IDBKeyRange.bound(addDays(calendarDay, -LOOK_BACK - 1), addDays(calendarDay, LOOK_AHEAD_DAYS))),
    // The one store read whole: the practice exams are a handful, and the logging form needs every form already taken.
    // Everything else is read by its day index, so a year of history costs nothing here (scripts/bench/history.bench.ts).
    tx.objectStore('assessments').getAll(),
    // From the Monday before the earliest plan day this could be (or two weeks before it, if earlier), to the latest.
    tx
      .objectStore('questionLogs')
      .index('by-day')
      .getAll(IDBKeyRange.bound(logsFrom(calendarDay), addDays(calendarDay, 1))),
    tx
      .objectStore('journal')
      .index('by-day')
      .getAll(IDBKeyRange.bound(addDays(calendarDay, -LOW_MOOD_WINDOW_DAYS), calendarDay)),
    // A handful of records at most (an exam allows four attempts).
    tx.objectStore('attempts').getAll(),
    tx.done,
  ]);
  const settings = withDefaults(stored);
  return {
    settings,
    appState: appStateWithDefaults(appState),
    today: planDayOf(now, settings),
    tasks,
    assessments,
    logs,
    attempts,
    latestMood: latestMood(journal),
    recentMoods: journal.map((e) => ({ day: e.day, mood: e.mood })),
  };
}
