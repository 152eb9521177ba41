// Accuracy per content area over the recent question blocks. A block covering several areas counts its questions
// in equal shares, so a 40-question mixed block of 4 systems adds 10 questions to each.
import { addDays, type DayKey } from '../day';
import type { QuestionLog } from '../types';

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
    const share = 1 / log.areaIds.length;
    for (const areaId of log.areaIds) {
      const t = totals.get(areaId) ?? { blocks: 0, questions: 0, correct: 0 };
      totals.set(areaId, {
        blocks: t.blocks + 1,
        questions: t.questions + log.questions * share,
        correct: t.correct + log.correct * share,
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
