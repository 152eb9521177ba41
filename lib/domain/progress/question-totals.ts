// Questions and percent correct per week and per content area.
import { weekStart, type DayKey } from '../day';
import { areaCountProblem } from '../performance/area-shares';
import type { QuestionLog } from '../types';

export interface QuestionTotal {
  /** The Monday of the week, or the area id ('cardiovascular+pharmacology' for a block of several areas). */
  key: string;
  questions: number;
  correct: number;
  /** 0-100, rounded; null with no questions. */
  percent: number | null;
}

const percentOf = (correct: number, questions: number): number | null =>
  questions > 0 ? Math.round((100 * correct) / questions) : null;

function total(key: string, questions: number, correct: number): QuestionTotal {
  return {
    key,
    questions: Math.round(questions),
    correct: Math.round(correct),
    percent: percentOf(correct, questions),
  };
}

export function questionsByWeek(logs: readonly QuestionLog[]): QuestionTotal[] {
  const weeks = new Map<DayKey, [number, number]>();
  for (const log of logs) {
    const w = weekStart(log.day);
    const [q, c] = weeks.get(w) ?? [0, 0];
    weeks.set(w, [q + log.questions, c + log.correct]);
  }
  return [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([w, [q, c]]) => total(w, q, c));
}

/** The separator of a several-area block's key; area ids never hold it. */
export const AREA_JOIN = '+';

/**
 * A block logged with several areas stays one block: 40 questions of Cardiovascular and Pharmacology at 70% are not
 * "70% of 20" in each, since nobody knows how the 40 were shared. It is its own row, keyed by its areas together.
 * It is split only when the student entered a count per area (`areaCounts`): then each area gets its own count.
 */
export function questionsByArea(logs: readonly QuestionLog[]): QuestionTotal[] {
  const areas = new Map<string, [number, number]>();
  const add = (key: string, questions: number, correct: number) => {
    const [q, c] = areas.get(key) ?? [0, 0];
    areas.set(key, [q + questions, c + correct]);
  };
  for (const log of logs) {
    if (log.areaIds.length === 0) continue;
    if (log.areaCounts && areaCountProblem(log) === null) {
      for (const count of log.areaCounts) if (count.questions > 0) add(count.areaId, count.questions, count.correct);
      continue;
    }
    add([...new Set(log.areaIds)].sort().join(AREA_JOIN), log.questions, log.correct);
  }
  return [...areas]
    .map(([id, [q, c]]) => total(id, q, c))
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || a.key.localeCompare(b.key));
}
