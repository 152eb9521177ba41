// A valid backup with a few records of every kind, every optional field used somewhere: the seed that the parser
// tests, the fuzz tests and the import tests start from.
import { toBackup, type Backup } from '../../../../lib/domain/backup';
import { defaultAppState } from '../../../../lib/domain/app-state';
import { defaultSettings } from '../../../../lib/domain/settings';

export function sampleBackup(): Backup {
  return toBackup(
    {
      settings: {
        ...structuredClone(defaultSettings),
        examDate: '2027-01-20',
        startDate: '2026-11-23',
        blockedDates: ['2026-12-25'],
        bands: { cardiovascular: 'lower', renal: 'same' },
        questionBankLeft: 2400,
        practiceFormIds: ['nbme-30', 'uwsa2'],
        supporters: [{ name: 'Dr. Rivera', role: 'advisor' }],
        goAheadPercent: 65,
        updatedAt: '2026-11-23T10:00:00.000Z',
      },
      appState: {
        ...structuredClone(defaultAppState),
        lastReplannedDay: '2026-11-25',
        shownMessages: [{ day: '2026-11-25', id: 'steady-1' }],
      },
      attempts: [{ id: 'a1', examId: 'usmle-step1', date: '2026-08-14', outcome: 'fail' }],
      tasks: [
        {
          id: 't1',
          day: '2026-11-25',
          kind: 'question-block',
          title: 'Cardio block',
          minutes: 60,
          status: 'done',
          questions: 40,
          areaIds: ['cardiovascular'],
          order: 0,
          priority: 2,
          completedAt: '2026-11-25T15:00:00.000Z',
          focusMinutes: 55,
          performanceMinutes: 15,
        },
        {
          id: 't2',
          day: '2026-11-26',
          kind: 'practice-exam',
          title: 'NBME 30',
          minutes: 240,
          status: 'todo',
          order: 0,
          priority: 1,
          fixed: true,
          formId: 'nbme-30',
          detail: 'Sit it like the real day.',
          movedFrom: '2026-11-24',
        },
        {
          id: 't3',
          day: '2026-11-27',
          kind: 'retest-misses',
          title: 'Retest 2 missed questions',
          minutes: 15,
          status: 'skipped',
          questions: 2,
          order: 1,
          priority: 2,
          missIds: ['m1', 'm2'],
          retestRound: 1,
        },
      ],
      questionLogs: [
        {
          id: 'q1',
          day: '2026-11-25',
          taskId: 't1',
          questions: 40,
          correct: 27,
          mode: 'timed',
          areaIds: ['cardiovascular'],
          minutes: 60,
          createdAt: '2026-11-25T15:00:00.000Z',
        },
      ],
      assessments: [
        {
          id: 's1',
          day: '2026-11-20',
          formId: 'nbme-29',
          percentCorrect: 61.5,
          passProbability: 48,
          createdAt: '2026-11-20T18:00:00.000Z',
        },
      ],
      focusSessions: [
        {
          id: 'f1',
          kind: 'focus',
          taskId: 't1',
          day: '2026-11-25',
          startedAt: 1_795_000_000_000,
          plannedMinutes: 50,
          pausedMs: 60_000,
          endedAt: 1_795_003_000_000,
          endReason: 'completed',
          pauseReason: 'user',
        },
      ],
      journal: [
        {
          id: 'j1',
          day: '2026-11-25',
          wentWell: 'Cardio clicked.',
          hard: 'Tired after lunch.',
          mood: 4,
          createdAt: '2026-11-25T21:30:00.000Z',
        },
      ],
      misses: [
        { id: 'm1', questionId: '20551', reason: 'misread', loggedOn: '2026-11-25', due: '2026-11-27', retests: 0 },
        { id: 'm2', questionId: '10432', reason: 'knowledge', areaId: 'renal', loggedOn: '2026-11-25', retests: 2 },
      ],
      quarantine: [
        {
          id: 'q1',
          store: 'tasks',
          key: 't-old',
          setAsideAt: '2026-11-24T09:00:00.000Z',
          reason: 'kind: must be one of: reading',
          foundBy: 'upgrade',
          schemaVersion: 4,
          record: { id: 't-old', day: 20261124, kind: 'flashcards', nested: [1, { deep: null }] },
        },
      ],
    },
    '2026-11-25T22:00:00.000Z',
  );
}

export const sampleText = () => JSON.stringify(sampleBackup());
