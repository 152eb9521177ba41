import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { localTimeOn } from '../../../lib/domain/day';
import { LogInputError } from '../../../lib/services/log-input-error';
import { logPracticeExam } from '../../../lib/services/log-practice-exam';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { logReflection } from '../../../lib/services/log-reflection';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const wednesday = localTimeOn('2026-11-25', 18);

describe('logging services', () => {
  beforeEach(() => fakeBrowser.reset());

  it('logs a question block and marks its task done', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'qb' })]);
    const { log } = await logQuestionBlock(ctx, {
      taskId: 'qb',
      questions: 40,
      correct: 27,
      mode: 'timed',
      areaIds: ['cardiovascular'],
      minutes: 60,
    });
    expect(await ctx.db.get('questionLogs', log.id)).toMatchObject({ day: '2026-11-25', questions: 40, correct: 27 });
    expect(await ctx.db.get('tasks', 'qb')).toMatchObject({ status: 'done' });
  });

  it('brings logged misses back as retest tasks about 2 and 7 days later', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    const { retestTasks } = await logQuestionBlock(ctx, {
      questions: 20,
      correct: 18,
      mode: 'tutor',
      areaIds: [],
      minutes: 30,
      misses: [
        { questionId: '20551', reason: 'misread' },
        { questionId: ' ', reason: 'timing' },
        { questionId: '10432', reason: 'knowledge', areaId: 'renal' },
      ],
    });
    expect(retestTasks.map((t) => [t.day, t.kind, t.questions])).toEqual([
      ['2026-11-27', 'retest-misses', 2],
      ['2026-12-02', 'retest-misses', 2],
    ]);
    const misses = await ctx.db.getAll('misses');
    expect(misses.map((m) => [m.questionId, m.due])).toEqual(
      expect.arrayContaining([
        ['20551', '2026-11-27'],
        ['10432', '2026-11-27'],
      ]),
    );
    expect(misses).toHaveLength(2);
    expect(retestTasks[0]?.missIds?.slice().sort()).toEqual(misses.map((m) => m.id).sort());
  });

  it('refuses more correct answers than questions and writes nothing', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    await expect(
      logQuestionBlock(ctx, { questions: 20, correct: 21, mode: 'timed', areaIds: [], minutes: 30 }),
    ).rejects.toMatchObject({ field: 'correct' });
    expect(await ctx.db.getAll('questionLogs')).toEqual([]);
  });

  it('keeps the counts per area the student entered, and refuses counts that do not add up to the block', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    const block = { questions: 40, correct: 28, mode: 'timed' as const, areaIds: ['cardiovascular', 'pharmacology'] };
    const areaCounts = [
      { areaId: 'cardiovascular', questions: 25, correct: 20 },
      { areaId: 'pharmacology', questions: 15, correct: 9 },
    ];
    await expect(logQuestionBlock(ctx, { ...block, minutes: 60, areaCounts })).rejects.toMatchObject({
      field: 'areaCounts',
      message: "The areas' right answers add up to 29, not the block's 28.",
    });
    expect(await ctx.db.getAll('questionLogs')).toEqual([]);
    areaCounts[1]!.correct = 8;
    const { log } = await logQuestionBlock(ctx, { ...block, minutes: 60, areaCounts });
    expect(await ctx.db.get('questionLogs', log.id)).toMatchObject({ areaIds: block.areaIds, areaCounts });
  });

  it('logs a practice exam, retires the form and finishes its planned sitting', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings({ practiceFormIds: ['nbme-30', 'nbme-31'] }), [
      task('2026-11-28', 0, { id: 'pe', kind: 'practice-exam', formId: 'nbme-30', fixed: true }),
    ]);
    const result = await logPracticeExam(ctx, {
      formId: 'nbme-30',
      day: '2026-11-25',
      percentCorrect: 62,
      passProbability: 55,
    });
    expect(result).toMatchObject({ percentCorrect: 62, passProbability: 55 });
    expect((await ctx.db.get('settings', SETTINGS_KEY))?.practiceFormIds).toEqual(['nbme-31']);
    expect(await ctx.db.get('tasks', 'pe')).toMatchObject({ status: 'done' });
  });

  it('keeps no pass probability for a form whose report gives none', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    expect(
      (await logPracticeExam(ctx, { formId: 'uwsa1', day: '2026-11-24', percentCorrect: 70, passProbability: 80 }))
        .passProbability,
    ).toBeUndefined();
  });

  it('refuses a practice exam dated in the future', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    await expect(
      logPracticeExam(ctx, { formId: 'nbme-30', day: '2026-11-26', percentCorrect: 60 }),
    ).rejects.toBeInstanceOf(LogInputError);
  });

  it('keeps the evening reflection and ticks the reflection task', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 3, { id: 'refl', kind: 'reflection' })]);
    const entry = await logReflection(ctx, { wentWell: ' Cardio block felt calmer ', hard: 'Renal timing', mood: 4 });
    expect(await ctx.db.get('journal', entry.id)).toMatchObject({
      day: '2026-11-25',
      wentWell: 'Cardio block felt calmer',
      mood: 4,
    });
    expect(await ctx.db.get('tasks', 'refl')).toMatchObject({ status: 'done' });
  });

  it('refuses a mood outside 1 to 5', async () => {
    const ctx = await testContext(wednesday);
    await expect(logReflection(ctx, { wentWell: '', hard: '', mood: 6 })).rejects.toMatchObject({ field: 'mood' });
  });
});
