// The question-block form's state as plain data, read into the service's input without a DOM (tested apart).
import { TEXT_LIMITS } from '../../lib/domain/limits';
import { areaCountProblem } from '../../lib/domain/performance/area-shares';
import type { AreaCount, MissEntry, MissReason, QuestionBlockEntry, QuestionMode, Task } from '../../lib/domain/types';

export interface MissDraft {
  questionId: string;
  reason: MissReason;
  areaId: string;
}

export interface BlockDraft {
  questions: string;
  correct: string;
  mode: QuestionMode;
  areaIds: string[];
  /** Optional counts per ticked area, for a block of several areas; empty keeps the block whole. */
  areaCounts: Record<string, { questions: string; correct: string }>;
  minutes: string;
  misses: MissDraft[];
}

export type BlockValues = QuestionBlockEntry & { misses: MissEntry[] };

/** Quick defaults from the task the block belongs to: its questions, areas and minutes; 20 timed in 30 minutes
 * otherwise (the Step 1 block since May 2026, ../shared/domain/README.md). */
export function draftFromTask(task: Task | undefined): BlockDraft {
  return {
    questions: String(task?.questions ?? 20),
    correct: '',
    mode: 'timed',
    areaIds: [...(task?.areaIds ?? [])],
    areaCounts: {},
    minutes: String(task?.minutes ?? 30),
    misses: [],
  };
}

const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** A message for the first problem, or the values ready for the service. */
export function readBlockDraft(draft: BlockDraft, taskId?: string): { error: string } | { values: BlockValues } {
  const questions = whole(draft.questions);
  const correct = whole(draft.correct);
  const minutes = whole(draft.minutes);
  if (!(questions >= 1)) return { error: 'Enter how many questions the block had.' };
  if (!(correct >= 0)) return { error: 'Enter how many you got right (0 is allowed).' };
  if (correct > questions) return { error: `Correct answers cannot be more than ${questions}.` };
  if (!(minutes >= 1)) return { error: 'Enter the minutes the block took.' };
  const long = draft.misses.findIndex((m) => m.questionId.trim().length > TEXT_LIMITS.questionId);
  if (long >= 0)
    return { error: `Question ID ${long + 1} is longer than ${TEXT_LIMITS.questionId} characters; please check it.` };
  const counts = readAreaCounts(draft, questions, correct);
  if ('error' in counts) return counts;
  const misses = draft.misses
    .filter((m) => m.questionId.trim() !== '')
    .map((m) => ({ questionId: m.questionId.trim(), reason: m.reason, areaId: m.areaId || undefined }));
  const values: BlockValues = { taskId, questions, correct, mode: draft.mode, areaIds: draft.areaIds, minutes, misses };
  if (counts.areaCounts) values.areaCounts = counts.areaCounts;
  return { values };
}

/** The per-area counts when the student entered any for a block of several areas: then every ticked area needs both
 * numbers and they must add up to the block. */
function readAreaCounts(
  draft: BlockDraft,
  questions: number,
  correct: number,
): { error: string } | { areaCounts?: AreaCount[] } {
  if (draft.areaIds.length < 2) return {};
  const entered = draft.areaIds.map((areaId) => ({
    areaId,
    ...(draft.areaCounts[areaId] ?? { questions: '', correct: '' }),
  }));
  if (entered.every((e) => e.questions.trim() === '' && e.correct.trim() === '')) return {};
  const areaCounts = entered.map((e) => ({
    areaId: e.areaId,
    questions: whole(e.questions),
    correct: whole(e.correct),
  }));
  if (areaCounts.some((c) => !(c.questions >= 0) || !(c.correct >= 0)))
    return { error: 'Per area, enter both numbers for every area ticked, or leave them all empty.' };
  const problem = areaCountProblem({ areaIds: draft.areaIds, questions, correct, areaCounts });
  return problem ? { error: problem } : { areaCounts };
}
