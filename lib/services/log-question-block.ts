// Log a question block (and, optionally, the questions missed in it) in one transaction: the log, its task marked
// done, the misses and their retest tasks.
import { planDayOf } from '../domain/settings';
import type { QuestionBlockEntry, QuestionLog, Task } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { LogInputError, requireWhole } from './log-input-error';
import { BLOCK_REPOSITORIES, saveMissesWithRetests } from './log-retests';

/** The task the block belongs to (`taskId`) is marked done. */
export type QuestionBlockInput = QuestionBlockEntry;

export interface LoggedBlock {
  log: QuestionLog;
  retestTasks: Task[];
}

/** 1-400 questions: a long day's worth; more than that is a typing slip. */
export const MAX_BLOCK_QUESTIONS = 400;

export function checkQuestionBlock(input: QuestionBlockInput): void {
  requireWhole('questions', input.questions, 1, MAX_BLOCK_QUESTIONS, 'Questions');
  requireWhole('correct', input.correct, 0, input.questions, 'Correct answers');
  requireWhole('minutes', input.minutes, 1, 720, 'Minutes');
  if (input.mode !== 'timed' && input.mode !== 'tutor') throw new LogInputError('mode', 'Mode must be timed or tutor.');
}

export async function logQuestionBlock(ctx: ServiceContext, input: QuestionBlockInput): Promise<LoggedBlock> {
  checkQuestionBlock(input);
  const now = ctx.now();
  return commit(ctx, BLOCK_REPOSITORIES, async (repos) => {
    const settings = await repos.settings.read();
    const today = planDayOf(now, settings);
    const log: QuestionLog = {
      id: ctx.newId(),
      day: today,
      taskId: input.taskId,
      questions: input.questions,
      correct: input.correct,
      mode: input.mode,
      areaIds: [...input.areaIds],
      minutes: input.minutes,
      createdAt: new Date(now).toISOString(),
    };
    await repos.logs.putQuestionLog(log);
    if (input.taskId) {
      const task = await repos.tasks.get(input.taskId);
      if (task && task.status !== 'done') await repos.tasks.put({ ...task, status: 'done', completedAt: log.createdAt });
    }
    const retestTasks = await saveMissesWithRetests(repos, ctx, settings, today, input.misses ?? []);
    return { log, retestTasks };
  });
}
