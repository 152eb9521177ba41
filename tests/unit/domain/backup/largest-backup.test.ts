// The import's size limits follow from the largest data the app itself can create: the longest plan span the limits
// allow (two three-year plans, back to back) at full hours with every practice form and the most supporters, and
// beside every question block a log, a focus session and a retest. That backup must import, and the limits must
// not be far above it (a limit that no real file approaches only lets hostile files fill the database).
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_RECORDS, parseBackup, toBackup } from '../../../../lib/domain/backup';
import { addDays } from '../../../../lib/domain/day';
import { LIST_LIMITS, latestExamDate, TEXT_LIMITS } from '../../../../lib/domain/limits';
import { buildPlan, planInputFromSettings } from '../../../../lib/domain/planner';
import { examProfile } from '../../../../lib/domain/profiles';
import { defaultAppState } from '../../../../lib/domain/app-state';
import { defaultSettings, type Settings } from '../../../../lib/domain/settings';
import type { FocusSession, QuestionLog, Task } from '../../../../lib/domain/types';

function largestBackup() {
  const first = '2026-12-02';
  const profile = examProfile('usmle-step1');
  const settings: Settings = {
    ...structuredClone(defaultSettings),
    startDate: first,
    weekdayMinutes: Array(7).fill(16 * 60),
    // The most a backup's settings hold (settings-schema.ts): a short bank is paced and gives blocks to fewer days,
    // while a student who re-enters the count as it runs low has blocks on every day.
    questionBankLeft: 100_000,
    practiceFormIds: profile.selfAssessments.map((f) => f.id),
    supporters: Array.from({ length: LIST_LIMITS.supporters }, (_, i) => ({
      name: `${i}`.padEnd(TEXT_LIMITS.supporterName, 'n'),
      role: 'advisor',
    })),
  };
  // Three years, then the exam moved out three more years on its day: the longest span a plan may have.
  const middle = latestExamDate(first);
  const past = buildPlan(planInputFromSettings({ ...settings, examDate: middle }, first, 'a')).tasks.filter(
    (t) => t.day < middle,
  );
  const examDate = latestExamDate(middle);
  const future = buildPlan(planInputFromSettings({ ...settings, examDate }, middle, 'b')).tasks;
  const tasks: Task[] = [...past, ...future];
  const blocks = tasks.filter((t) => t.kind === 'question-block');
  const logs: QuestionLog[] = blocks.map((t) => ({
    id: crypto.randomUUID(),
    day: t.day,
    taskId: t.id,
    questions: 40,
    correct: 30,
    mode: 'timed',
    areaIds: t.areaIds ?? [],
    minutes: 60,
    createdAt: `${t.day}T12:00:00.000Z`,
  }));
  const focus: FocusSession[] = blocks.map((t) => ({
    id: crypto.randomUUID(),
    kind: 'focus',
    taskId: t.id,
    day: t.day,
    startedAt: Date.parse(`${t.day}T12:00:00.000Z`),
    plannedMinutes: 50,
    pausedMs: 0,
    endedAt: Date.parse(`${t.day}T12:50:00.000Z`),
    endReason: 'completed',
  }));
  const retests: Task[] = blocks.map((t, i) => ({
    id: crypto.randomUUID(),
    day: addDays(t.day, 0),
    kind: 'retest-misses',
    title: 'Retest 3 missed questions from 2027-01-01 (round 1)',
    detail: 'Question IDs: 12345, 23456, 34567. Answer each again before reading the explanation.',
    minutes: 10,
    questions: 3,
    status: 'todo',
    order: 20 + (i % 5),
    priority: 2,
    missIds: ['m1', 'm2', 'm3'],
    retestRound: 1,
  }));
  const data = {
    settings: { ...settings, examDate, updatedAt: `${middle}T10:00:00.000Z` },
    appState: structuredClone(defaultAppState),
    attempts: [],
    tasks: [...tasks, ...retests],
    questionLogs: logs,
    assessments: [],
    focusSessions: focus,
    journal: [],
    misses: [],
    quarantine: [],
  };
  return toBackup(data, `${middle}T10:00:00.000Z`);
}

describe('the largest backup the app can make', () => {
  const backup = largestBackup();
  const text = JSON.stringify(backup);

  it('imports', () => {
    const parsed = parseBackup(text);
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
  });

  it('sets the limits: within them, and not far below them', () => {
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    expect(bytes).toBeGreaterThan(MAX_BACKUP_BYTES / 3);
    expect(backup.tasks.length).toBeLessThanOrEqual(MAX_RECORDS);
    expect(backup.tasks.length).toBeGreaterThan(MAX_RECORDS / 2);
  });
});
