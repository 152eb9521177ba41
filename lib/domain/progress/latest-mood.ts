// The most recent evening mood, for the encouragement's choice of message (owned by the Today page).
import type { DayKey } from '../day';
import type { JournalEntry } from '../types';

export interface LatestMood {
  day: DayKey;
  /** 1 (very hard day) ... 5 (good day). */
  mood: number;
}

export function latestMood(journal: readonly JournalEntry[]): LatestMood | null {
  let latest: JournalEntry | null = null;
  for (const e of journal)
    if (!latest || e.day > latest.day || (e.day === latest.day && e.createdAt > latest.createdAt)) latest = e;
  return latest ? { day: latest.day, mood: latest.mood } : null;
}
