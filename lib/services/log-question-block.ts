// Log a question block (and, optionally, the questions missed in it) in one transaction: the log, its task marked
// done, the misses and their retest tasks.
import { planDayOf } from '../domain/settings';
import type { TasksRepository } from '../db/repositories/tasks-repository';
import type { DayKey } from '../domain/day';
import type { QuestionBlockEntry, QuestionLog, Task } from '../domain/types';
import { questionLogSchema } from '../domain/backup/record-schemas';
import { areaCountProblem } from '../domain/performance/area-shares';
import { LIST_LIMITS, TEXT_LIMITS } from '../domain/limits';
import { commit } from './commit';
import { requireStorable } from './record-limit-error';
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
  if (input.areaCounts !== undefined) {
    const problem = areaCountProblem(input);
    if (problem) throw new LogInputError('areaCounts', problem);
  }
  if ((input.misses?.length ?? 0) > LIST_LIMITS.missesPerBlock)
    throw new LogInputError('misses', `Log at most ${LIST_LIMITS.missesPerBlock} missed questions with one block.`);
  const long = (input.misses ?? []).findIndex((m) => m.questionId.trim().length > TEXT_LIMITS.questionId);
  if (long >= 0)
    throw new LogInputError(
      'misses',
      `Question ID ${long + 1} is longer than ${TEXT_LIMITS.questionId} characters; please check it.`,
    );
}

const TASK_GONE =
  'The task this block was for is no longer in your plan (the plan was just made again, perhaps in another tab), and no question block like it is left today, so nothing was logged. Your numbers are still in the form: log it again without a task, or pick another.';

/** The task itself, or the question block of today that now stands for it (same areas first). */
async function matchingTask(
  tasks: TasksRepository,
  taskId: string,
  today: DayKey,
  areaIds: readonly string[],
): Promise<Task | undefined> {
  const exact = await tasks.get(taskId);
  if (exact) return exact;
  const todays = (await tasks.onDay(today)).filter((t) => t.kind === 'question-block' && t.status === 'todo');
  const sameAreas = (t: Task) => JSON.stringify([...(t.areaIds ?? [])].sort()) === JSON.stringify([...areaIds].sort());
  return todays.find(sameAreas) ?? todays.find((t) => (t.areaIds ?? []).some((a) => areaIds.includes(a)));
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
      ...(input.areaCounts ? { areaCounts: input.areaCounts.map((c) => ({ ...c })) } : {}),
      minutes: input.minutes,
      createdAt: new Date(now).toISOString(),
    };
    if (input.taskId) {
      // The task the form showed may be gone: another tab remade the plan meanwhile. The log then goes to the task
      // that stands for it now, or is refused in words; it is never stored against a task that no longer exists.
      const task = await matchingTask(repos.tasks, input.taskId, today, input.areaIds);
      if (!task) throw new LogInputError('taskId', TASK_GONE);
      log.taskId = task.id;
      if (task.status !== 'done') await repos.tasks.put({ ...task, status: 'done', completedAt: log.createdAt });
    }
    await repos.logs.putQuestionLog(requireStorable(questionLogSchema, log, 'The block'));
    const retestTasks = await saveMissesWithRetests(repos, ctx, settings, today, input.misses ?? []);
    return { log, retestTasks };
  });
}
