// Everything the new tab's and popup's logging panel needs, as one narrow object (the shape of
// components/logging/log-and-replan-source.ts): read, replan once a day, log, and hear about changes.
import { LOG_PANEL_READ, touches } from '../db/read-scopes';
import { readTodayTasks } from '../db/read-today-tasks';
import { supportNudge } from '../domain/progress';
import type { LogPanelData } from '../domain/today/log-panel-data';
import type { PracticeExamEntry, QuestionBlockEntry, ReflectionEntry } from '../domain/types';
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { logPracticeExam } from './log-practice-exam';
import { logQuestionBlock } from './log-question-block';
import { logReflection } from './log-reflection';
import { replanIfNeeded } from './replan-if-needed';
import { dismissReplanNews, dropLowerPriorityWork } from './replan-news';

/** The shape components/logging/log-and-replan-source.ts declares; the page passes it to LogAndReplanPanel. */
export function logSource(ctx: ServiceContext) {
  return {
    read: async (): Promise<LogPanelData> => {
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
    logBlock: (values: QuestionBlockEntry) => logQuestionBlock(ctx, values),
    logExam: (values: PracticeExamEntry) => logPracticeExam(ctx, values),
    logReflection: (values: ReflectionEntry) => logReflection(ctx, values),
    subscribe: (listener: () => void) =>
      onChange(({ stores }) => {
        if (touches(stores, LOG_PANEL_READ)) listener();
      }),
  };
}
