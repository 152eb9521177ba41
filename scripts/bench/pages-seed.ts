// The data the page benchmark runs on: a 75-day plan that started three weeks ago, with those three weeks studied
// (most tasks done, some skipped, question logs, two practice exams, evening reflections).
import { addDays } from '../../lib/domain/day';
import { buildPlan, planInputFromSettings } from '../../lib/domain/planner';
import type { AppState } from '../../lib/domain/app-state';
import { defaultSettings, type Settings } from '../../lib/domain/settings';
import type { Assessment, JournalEntry, QuestionLog, Task } from '../../lib/domain/types';

export const RUNWAY_DAYS = 75;
export const HISTORY_DAYS = 21;

export interface BenchRecords {
  settings: Settings;
  /** Replanned today already, so that the page opens without a replan (stored under the key 'appState'). */
  appState: Partial<AppState>;
  tasks: Task[];
  questionLogs: QuestionLog[];
  assessments: Assessment[];
  journal: JournalEntry[];
}

export function benchRecords(today: string): BenchRecords {
  const startDate = addDays(today, -HISTORY_DAYS);
  const settings: Settings = {
    ...structuredClone(defaultSettings),
    startDate,
    examDate: addDays(startDate, RUNWAY_DAYS),
    // Every day a study day, so that whatever day the bench runs on, today has tasks to show.
    weekdayMinutes: [360, 360, 360, 360, 360, 300, 240],
    bands: { cardiovascular: 'lower', pathology: 'lower', 'respiratory-renal': 'higher' },
    questionBankLeft: 3600,
    practiceFormIds: ['nbme-28', 'nbme-29', 'nbme-30', 'nbme-31', 'uwsa1', 'free-120'],
    goAheadPercent: 65,
    updatedAt: `${startDate}T09:00:00.000Z`,
  };
  const questionLogs: QuestionLog[] = [];
  const tasks = buildPlan(planInputFromSettings(settings, startDate, 'bench-')).tasks.map((t, i): Task => {
    if (t.day >= today) return t;
    if (i % 9 === 0) return { ...t, status: 'skipped' };
    if (t.kind === 'question-block' && t.questions) {
      questionLogs.push({
        id: `log-${t.id}`,
        day: t.day,
        taskId: t.id,
        questions: t.questions,
        correct: Math.round(t.questions * 0.62),
        mode: 'timed',
        areaIds: t.areaIds ?? [],
        minutes: t.minutes,
        createdAt: `${t.day}T15:00:00.000Z`,
      });
    }
    return { ...t, status: 'done', completedAt: `${t.day}T15:00:00.000Z` };
  });
  const assessments: Assessment[] = [
    {
      id: 'a1',
      day: addDays(startDate, 2),
      formId: 'nbme-26',
      percentCorrect: 55,
      passProbability: 32,
      createdAt: `${addDays(startDate, 2)}T18:00:00.000Z`,
    },
    {
      id: 'a2',
      day: addDays(today, -6),
      formId: 'nbme-27',
      percentCorrect: 61,
      passProbability: 51,
      createdAt: `${addDays(today, -6)}T18:00:00.000Z`,
    },
  ];
  const journal: JournalEntry[] = Array.from({ length: HISTORY_DAYS }, (_, i) => {
    const day = addDays(startDate, i);
    return {
      id: `j-${day}`,
      day,
      wentWell: 'Finished the blocks.',
      hard: 'Renal acid-base.',
      mood: 3 + (i % 2),
      createdAt: `${day}T21:00:00.000Z`,
    };
  });
  return { settings, appState: { lastReplannedDay: today }, tasks, questionLogs, assessments, journal };
}
