// The story of issue 12, as a new user lives it: exam in 49 days, a 40-question block logged (28 correct), NBME Form
// 29 logged as the baseline, a task ticked, then the exam moved two weeks later in the settings. What was done stays
// done, and the remade plan reads the logs.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { readProgress } from '../../../lib/db/read-progress';
import { addDays, localTimeOn } from '../../../lib/domain/day';
import { examProfile } from '../../../lib/domain/profiles';
import { progressSummary } from '../../../lib/domain/progress';
import { completeTask } from '../../../lib/services/complete-task';
import { logPracticeExam } from '../../../lib/services/log-practice-exam';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { readPlanSettings, savePlanSettings } from '../../../lib/services/save-plan-settings';
import { testContext, type TestContext } from './focus-test-context';
import type { PlanSettingsFields } from '../../../lib/domain/planner/plan-settings-fields';

const TODAY = '2026-12-02';
const EXAM = addDays(TODAY, 49);
const fields = (overrides: Partial<PlanSettingsFields> = {}): PlanSettingsFields => ({
  examId: 'usmle-step1',
  examDate: EXAM,
  examBooked: true,
  weekdayMinutes: [360, 360, 360, 360, 360, 240, 0],
  blockedDates: [],
  bands: { cardiovascular: 'lower' },
  questionBankLeft: 2400,
  practiceFormIds: ['nbme-29', 'nbme-30', 'nbme-31', 'free-120'],
  parallelTrack: { kind: 'none', hoursPerWeek: 0 },
  supporters: [],
  ...overrides,
});

async function livedDayOne(): Promise<TestContext> {
  const ctx = await testContext(localTimeOn(TODAY, 9));
  await savePlanSettings(ctx, fields(), []);
  const tasks = await ctx.db.getAll('tasks');
  const block = tasks.find((t) => t.day === TODAY && t.kind === 'question-block')!;
  ctx.set(localTimeOn(TODAY, 11));
  await logQuestionBlock(ctx, {
    taskId: block.id,
    questions: 40,
    correct: 28,
    mode: 'timed',
    areaIds: ['cardiovascular', 'pharmacology'],
    minutes: 60,
  });
  ctx.set(localTimeOn(TODAY, 17));
  await logPracticeExam(ctx, { formId: 'nbme-29', day: TODAY, percentCorrect: 62 });
  const other = tasks.find((t) => t.day === TODAY && t.id !== block.id && t.kind !== 'question-block')!;
  await completeTask(ctx, other.id);
  ctx.set(localTimeOn(TODAY, 19));
  return ctx;
}

const studiedInAll = async (ctx: TestContext) => {
  const data = await readProgress(ctx.db);
  return progressSummary(data, data.settings, examProfile('usmle-step1'), TODAY).totalMinutes;
};

describe('issue 12: the story, exam moved two weeks later after day one', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a logged form is fulfilled on the day it was taken, with its review still ahead', async () => {
    const ctx = await livedDayOne();
    const tasks = await ctx.db.getAll('tasks');
    const sittings = tasks.filter((t) => t.formId === 'nbme-29' && t.kind === 'practice-exam');
    expect(sittings).toHaveLength(1);
    expect(sittings[0]).toMatchObject({ day: TODAY, status: 'done', title: expect.stringContaining('baseline') });
    expect(tasks.some((t) => t.kind === 'review-incorrects' && t.title.startsWith('Review NBME Form 29'))).toBe(true);
  });

  it('keeps every done task, log, assessment and the studied time; today stays as it was', async () => {
    const ctx = await livedDayOne();
    const before = await ctx.db.getAll('tasks');
    const [logs, assessments, studied] = [
      await ctx.db.getAll('questionLogs'),
      await ctx.db.getAll('assessments'),
      await studiedInAll(ctx),
    ];
    const { settings } = await readPlanSettings(ctx);
    await savePlanSettings(
      ctx,
      fields({ examDate: addDays(EXAM, 14), questionBankLeft: settings.questionBankLeft }),
      [],
    );

    const after = new Map((await ctx.db.getAll('tasks')).map((t) => [t.id, t]));
    for (const t of before.filter((t) => t.status !== 'todo' || t.day <= TODAY)) expect(after.get(t.id)).toEqual(t);
    expect([...after.values()].filter((t) => t.day === TODAY)).toHaveLength(
      before.filter((t) => t.day === TODAY).length,
    );
    expect(before.filter((t) => t.status === 'done')).toHaveLength(3);
    expect(await ctx.db.getAll('questionLogs')).toEqual(logs);
    expect(await ctx.db.getAll('assessments')).toEqual(assessments);
    expect(await studiedInAll(ctx)).toBe(studied);
    expect(studied).toBeGreaterThan(5 * 60);
  });

  it('counts the 40 questions in the bank, plans no more than is left, and never the same form or a second baseline', async () => {
    const ctx = await livedDayOne();
    expect((await readPlanSettings(ctx)).settings.questionBankLeft).toBe(2360);
    const { settings } = await readPlanSettings(ctx);
    await savePlanSettings(
      ctx,
      fields({ examDate: addDays(EXAM, 14), questionBankLeft: settings.questionBankLeft }),
      [],
    );
    expect((await readPlanSettings(ctx)).settings.questionBankLeft).toBe(2360);

    const tasks = await ctx.db.getAll('tasks');
    const ahead = tasks.filter((t) => t.day > TODAY && t.status === 'todo');
    expect(ahead.reduce((sum, t) => sum + (t.questions ?? 0), 0)).toBeLessThanOrEqual(2360);
    const exams = tasks.filter((t) => t.kind === 'practice-exam');
    expect(exams.filter((t) => t.formId === 'nbme-29')).toHaveLength(1);
    expect(exams.filter((t) => t.title.includes('baseline'))).toHaveLength(1);
    expect(exams.filter((t) => t.status === 'todo').every((t) => t.day >= addDays(TODAY, 7))).toBe(true);
    expect(
      exams
        .filter((t) => t.status === 'todo')
        .map((t) => t.formId)
        .sort(),
    ).toEqual(['free-120', 'nbme-30', 'nbme-31']);
    expect(tasks.filter((t) => t.title.startsWith('Review NBME Form 29'))).toHaveLength(1);
  });

  it('a new bank count entered later starts again from it', async () => {
    const ctx = await livedDayOne();
    await savePlanSettings(ctx, fields({ questionBankLeft: 2000 }), []);
    expect((await readPlanSettings(ctx)).settings.questionBankLeft).toBe(2000);
    ctx.set(localTimeOn(TODAY, 20));
    await logQuestionBlock(ctx, { questions: 20, correct: 15, mode: 'timed', areaIds: [], minutes: 30 });
    expect((await readPlanSettings(ctx)).settings.questionBankLeft).toBe(1980);
  });
});
