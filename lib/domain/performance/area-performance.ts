// Accuracy per content area over the recent question blocks. A block covering several areas counts the student's
// own per-area counts when they entered them, and equal shares otherwise (area-shares.ts).
import { addDays, type DayKey } from '../day';
import type { QuestionLog } from '../types';
import { areaShares } from './area-shares';

export interface AreaPerformance {
  areaId: string;
  blocks: number;
  questions: number;
  correct: number;
  /** 0-100, rounded. */
  percent: number;
}

/** Three weeks: long enough for a pattern, short enough that last month's gaps do not linger. */
export const RECENT_DAYS = 21;

export function areaPerformance(
  logs: readonly QuestionLog[],
  today: DayKey,
  recentDays = RECENT_DAYS,
): AreaPerformance[] {
  const since = addDays(today, -recentDays);
  const totals = new Map<string, { blocks: number; questions: number; correct: number }>();
  for (const log of logs) {
    if (log.day < since || log.day > today || log.questions <= 0 || log.areaIds.length === 0) continue;
    for (const share of areaShares(log)) {
      // An area the student counted as 0 questions says nothing about accuracy there.
      if (share.questions <= 0) continue;
      const t = totals.get(share.areaId) ?? { blocks: 0, questions: 0, correct: 0 };
      totals.set(share.areaId, {
        blocks: t.blocks + 1,
        questions: t.questions + share.questions,
        correct: t.correct + share.correct,
      });
    }
  }
  return [...totals]
    .map(([areaId, t]) => ({
      areaId,
      blocks: t.blocks,
      questions: Math.round(t.questions),
      correct: Math.round(t.correct),
      percent: Math.round((100 * t.correct) / t.questions),
    }))
    .sort((a, b) => a.percent - b.percent || a.areaId.localeCompare(b.areaId));
}
