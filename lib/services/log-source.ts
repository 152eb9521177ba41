// Everything the new tab's and popup's logging panel needs, as one narrow object (the shape of
// components/logging/log-and-replan-source.ts): read, replan once a day, log, and hear about changes.
import { LOG_PANEL_READ, touches } from '../db/read-scopes';
import { readTodayTasks } from '../db/read-today-tasks';
import type { DayKey } from '../domain/day';
import { supportNudge } from '../domain/progress';
import type { AppState } from '../domain/app-state';
import type { Settings } from '../domain/settings';
import type { QuestionBlockEntry, Task } from '../domain/types';
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { logPracticeExam, type PracticeExamInput } from './log-practice-exam';
import { logQuestionBlock } from './log-question-block';
import { logReflection, type ReflectionInput } from './log-reflection';
import { replanIfNeeded } from './replan-if-needed';
import { dismissReplanNews, dropLowerPriorityWork } from './replan-news';

export interface LogSource {
  read(): Promise<{
    settings: Settings;
    replanNews: AppState['replanNews'];
    today: DayKey;
    todaysTasks: Task[];
    supportNudge: string | null;
    takenFormIds: string[];
  }>;
  replanIfNeeded(): Promise<unknown>;
  dropLowerPriority(): Promise<unknown>;
  dismissReplanNews(): Promise<unknown>;
  logBlock(values: QuestionBlockEntry): Promise<unknown>;
  logExam(values: PracticeExamInput): Promise<unknown>;
  logReflection(values: ReflectionInput): Promise<unknown>;
  subscribe(listener: () => void): () => void;
}

export function logSource(ctx: ServiceContext): LogSource {
  return {
    read: async () => {
      const { settings, replanNews, today, todaysTasks, recentTasks, takenFormIds } = await readTodayTasks(
        ctx.db,
        ctx.now(),
      );
      return {
        settings,
        replanNews,
        today,
        todaysTasks,
        takenFormIds,
        supportNudge: supportNudge(recentTasks, settings.supporters, settings.startDate, today),
      };
    },
    replanIfNeeded: () => replanIfNeeded(ctx),
    dropLowerPriority: () => dropLowerPriorityWork(ctx),
    dismissReplanNews: () => dismissReplanNews(ctx),
    logBlock: (values) => logQuestionBlock(ctx, values),
    logExam: (values) => logPracticeExam(ctx, values),
    logReflection: (values) => logReflection(ctx, values),
    subscribe: (listener) =>
      onChange(({ stores }) => {
        if (touches(stores, LOG_PANEL_READ)) listener();
      }),
  };
}
