// Three hard evenings in a week: the evening reflection's mood (1 very hard ... 5 good, lib/services/log-reflection.ts)
// at or below LOW_MOOD on three different days within seven. Then the day's message points, gently, to the
// "Get support" page, at most once every few days (lib/domain/encouragement/situation.ts 'low-mood-run').
// Days are plan dates (YYYY-MM-DD) and counted with addDays, so a daylight-saving change neither adds nor drops one.
import { addDays, type DayKey } from '../day';
import { LOW_MOOD } from '../encouragement/situation';

export interface MoodOnDay {
  day: DayKey;
  mood: number;
}

/** The id prefix of the messages that point to "Get support" (lib/domain/encouragement/messages-days.ts). */
export const SUPPORT_MESSAGE_PREFIX = 'support';

/** Three low evenings ... */
export const LOW_MOOD_RUN = 3;
/** ... within seven days, today included. */
export const LOW_MOOD_WINDOW_DAYS = 7;
/** The pointer to the support page comes back at most once in this many days. */
export const SUPPORT_MESSAGE_GAP_DAYS = 4;

/** Days within the last seven (today and the six before) with a low mood logged; several entries on a day count once. */
export function lowMoodDays(moods: readonly MoodOnDay[], today: DayKey): number {
  const from = addDays(today, -(LOW_MOOD_WINDOW_DAYS - 1));
  return new Set(moods.filter((m) => m.mood <= LOW_MOOD && m.day >= from && m.day <= today).map((m) => m.day)).size;
}

/** Whether the support pointer is due today: three low days in seven, and not shown in the last few days. */
export function supportMessageDue(moods: readonly MoodOnDay[], today: DayKey, lastShown: DayKey | null): boolean {
  if (lowMoodDays(moods, today) < LOW_MOOD_RUN) return false;
  return lastShown === null || lastShown >= today || lastShown < addDays(today, -(SUPPORT_MESSAGE_GAP_DAYS - 1));
}
