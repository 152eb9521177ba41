// How a logged block's questions fall to its areas. When the student entered a count per area (optional, for a
// block of several areas), those counts; otherwise the block is shared equally, since nobody knows better, so a
// 40-question block of 4 systems adds 10 questions to each.
import type { AreaCount, QuestionLog } from '../types';

type Counted = Pick<QuestionLog, 'areaIds' | 'questions' | 'correct' | 'areaCounts'>;

export function areaShares(log: Counted): AreaCount[] {
  if (log.areaCounts && areaCountProblem(log) === null) return log.areaCounts.map((c) => ({ ...c }));
  const share = 1 / (log.areaIds.length || 1);
  return log.areaIds.map((areaId) => ({ areaId, questions: log.questions * share, correct: log.correct * share }));
}

/** Why per-area counts cannot stand for the block, in words; null when they can. */
export function areaCountProblem(log: Counted): string | null {
  const counts = log.areaCounts ?? [];
  const ids = counts.map((c) => c.areaId);
  if (
    new Set(ids).size !== ids.length ||
    ids.length !== log.areaIds.length ||
    ids.some((id) => !log.areaIds.includes(id))
  )
    return 'Give a count for each area ticked, once.';
  const bad = counts.find((c) => c.correct > c.questions);
  if (bad) return 'In each area, the right answers cannot be more than its questions.';
  const questions = counts.reduce((sum, c) => sum + c.questions, 0);
  const correct = counts.reduce((sum, c) => sum + c.correct, 0);
  if (questions !== log.questions)
    return `The areas' questions add up to ${questions}, not the block's ${log.questions}.`;
  if (correct !== log.correct) return `The areas' right answers add up to ${correct}, not the block's ${log.correct}.`;
  return null;
}
