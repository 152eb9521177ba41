// The page benchmark's plan (pages-seed.ts) with a year of history before it, as a student retaking the exam keeps the
// first attempt's year: about 2,500 past tasks, 1,000 question logs, 700 focus sessions, a reflection a day and a
// dozen practice exams (issue 14, "History doesn't slow today"). Today's records are the same as the small case's, so
// the two cases differ only in how much history the database holds.
import { addDays } from '../../lib/domain/day';
import type { Assessment, FocusSession, JournalEntry, QuestionLog, Task } from '../../lib/domain/types';
import { benchRecords, type BenchRecords } from './pages-seed';

export const YEAR_DAYS = 365;
const TASKS_A_DAY = 7;
const LOGS_A_DAY = 3;
const FOCUS_A_DAY = 2;

export interface HistoryRecords extends BenchRecords {
  focusSessions: FocusSession[];
}

export function yearOfHistory(today: string): HistoryRecords {
  const fresh = benchRecords(today);
  const tasks: Task[] = [];
  const questionLogs: QuestionLog[] = [];
  const focusSessions: FocusSession[] = [];
  const journal: JournalEntry[] = [];
  const assessments: Assessment[] = [];
  for (let i = YEAR_DAYS; i >= 1; i--) {
    const day = addDays(fresh.settings.startDate, -i);
    const at = Date.parse(`${day}T14:00:00.000Z`);
    for (let n = 0; n < TASKS_A_DAY; n++) {
      tasks.push({
        id: `year-${day}-${n}`,
        day,
        kind: n % 2 ? 'review-incorrects' : 'question-block',
        title: n % 2 ? 'Review every incorrect answer' : 'Mixed timed block, 40 questions',
        minutes: 60,
        status: n % 5 === 4 ? 'skipped' : 'done',
        questions: n % 2 ? undefined : 40,
        areaIds: ['cardiovascular', 'pathology'],
        order: n,
        priority: 2,
        completedAt: n % 5 === 4 ? undefined : `${day}T15:00:00.000Z`,
      });
    }
    for (let n = 0; n < LOGS_A_DAY; n++) {
      questionLogs.push({
        id: `year-log-${day}-${n}`,
        day,
        taskId: `year-${day}-${n * 2}`,
        questions: 40,
        correct: 24 + n,
        mode: 'timed',
        areaIds: ['cardiovascular'],
        minutes: 60,
        createdAt: `${day}T16:00:00.000Z`,
      });
    }
    for (let n = 0; n < FOCUS_A_DAY; n++) {
      const startedAt = at + n * 3_600_000;
      focusSessions.push({
        id: `year-focus-${day}-${n}`,
        kind: 'focus',
        taskId: `year-${day}-${n}`,
        day,
        startedAt,
        plannedMinutes: 50,
        pausedMs: 0,
        endedAt: startedAt + 50 * 60_000,
        endReason: 'completed',
      });
    }
    journal.push({ id: `year-j-${day}`, day, wentWell: 'Blocks done.', hard: 'Biostats.', mood: 3, createdAt: '' });
    if (i % 30 === 0) {
      assessments.push({ id: `year-a-${day}`, day, formId: `nbme-${20 + i / 30}`, percentCorrect: 55, createdAt: '' });
    }
  }
  return {
    ...fresh,
    tasks: [...tasks, ...fresh.tasks],
    questionLogs: [...questionLogs, ...fresh.questionLogs],
    focusSessions,
    journal: [...journal, ...fresh.journal],
    assessments: [...assessments, ...fresh.assessments],
  };
}
