import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { localTimeOn } from '../../../lib/domain/day';
import { handleAlarm } from '../../../lib/services/handle-alarm';
import { replanIfNeeded } from '../../../lib/services/replan-if-needed';
import { onboardedSettings, seed, storedAppState, task, testContext } from './focus-test-context';

// Wednesday 2026-11-25, 10:00 local; the plan started on Monday the 23rd and Monday and Tuesday were missed.
const wednesday = localTimeOn('2026-11-25', 10);

describe('replanIfNeeded', () => {
  beforeEach(() => fakeBrowser.reset());

  it('carries copies of missed work forward, leaves the missed days as they were, and says what moved', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-23', 0, { id: 'mon', minutes: 120 }),
      task('2026-11-24', 0, { id: 'tue', minutes: 60 }),
      task('2026-11-25', 0, { minutes: 300 }),
    ]);
    const outcome = await replanIfNeeded(ctx);
    expect(outcome.ran).toBe(true);
    expect(outcome.moves.map((m) => [m.taskId, m.to])).toEqual([
      ['mon', '2026-11-26'],
      ['tue', '2026-11-25'],
    ]);
    expect(outcome.summary[0]).toBe('2 tasks moved from Monday and Tuesday into free time ahead.');
    expect(await ctx.db.get('tasks', 'mon')).toMatchObject({ day: '2026-11-23', status: 'todo' });
    expect(await ctx.db.get('tasks', 'mon')).not.toHaveProperty('movedFrom');
    expect(await ctx.db.get('tasks', 'mon>2026-11-26')).toMatchObject({ day: '2026-11-26', movedFrom: '2026-11-23' });
    expect((await storedAppState(ctx.db)).lastReplannedDay).toBe('2026-11-25');
  });

  it('stores an old review title with a pairing that makes no sense put right, today and after; the past as it was', async () => {
    const ctx = await testContext(wednesday);
    const old = {
      kind: 'content-review' as const,
      title: 'Review Social Sciences: Communication and Interpersonal Skills through pathology and genetics',
      areaIds: ['social-sciences', 'pathology', 'genetics'],
      status: 'done' as const,
    };
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-24', 0, { ...old, id: 'past' }),
      task('2026-11-26', 0, { ...old, id: 'ahead', status: 'todo' }),
    ]);
    await replanIfNeeded(ctx);
    expect(await ctx.db.get('tasks', 'ahead')).toMatchObject({
      title: 'Review Social Sciences: Communication and Interpersonal Skills: the core content',
      areaIds: ['social-sciences'],
    });
    expect(await ctx.db.get('tasks', 'past')).toMatchObject({ title: old.title, areaIds: old.areaIds });
  });

  it('carries nothing twice over missed days, restarts and a clock set back and forth', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-24', 0, { id: 'tue', minutes: 60 })]);
    await replanIfNeeded(ctx);
    // Thursday and Friday pass with the copy untouched; the clock then jumps a month ahead and back.
    ctx.set(localTimeOn('2026-11-28', 10));
    await replanIfNeeded(ctx);
    ctx.set(localTimeOn('2026-12-28', 10));
    await replanIfNeeded(ctx);
    ctx.set(localTimeOn('2026-11-29', 10));
    await replanIfNeeded(ctx);
    await replanIfNeeded(ctx);
    const ids = (await ctx.db.getAll('tasks')).map((t) => t.id).sort();
    expect(ids).toEqual(['tue', 'tue>2026-11-25', 'tue>2026-11-28', 'tue>2026-12-28']);
    expect(await ctx.db.get('tasks', 'tue')).toMatchObject({ day: '2026-11-24', status: 'todo' });
  });

  it('keeps the questions planned after today within the bank left after the blocks logged since', async () => {
    const ctx = await testContext(wednesday);
    const block = (day: string, id: string) =>
      task(day, 0, { id, questions: 40, minutes: 60, title: 'Mixed systems: 2 timed blocks, 40 questions' });
    await seed(
      ctx.db,
      onboardedSettings({ questionBankLeft: 100, questionBankCountedAt: '2026-11-23T10:00:00.000Z' }),
      [block('2026-11-24', 'missed'), block('2026-11-26', 'thu'), block('2026-11-27', 'fri')],
    );
    // 40 questions logged beyond the plan: 60 left, while Thursday and Friday ask for 80 and Tuesday's block is carried.
    await ctx.db.put('questionLogs', {
      id: 'extra',
      day: '2026-11-24',
      questions: 40,
      correct: 30,
      mode: 'timed',
      areaIds: [],
      minutes: 60,
      createdAt: '2026-11-24T18:00:00.000Z',
    });
    const outcome = await replanIfNeeded(ctx);
    const ahead = (await ctx.db.getAll('tasks')).filter((t) => t.day > '2026-11-25' && t.status === 'todo');
    expect(ahead.reduce((sum, t) => sum + (t.questions ?? 0), 0)).toBeLessThanOrEqual(60);
    expect(await ctx.db.get('tasks', 'fri')).toMatchObject({
      questions: 20,
      title: 'Mixed systems: 1 timed block, 20 questions',
    });
    expect(outcome.summary.at(-1)).toMatch(
      /^20 planned questions after today were taken off, the latest first: your question bank has 60 questions left/,
    );
  });

  it('runs once per plan day', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-24', 0, { id: 'tue' })]);
    await replanIfNeeded(ctx);
    await seed(ctx.db, null, [task('2026-11-24', 1, { id: 'late' })]);
    const again = await replanIfNeeded(ctx);
    expect(again.ran).toBe(false);
    expect(await ctx.db.get('tasks', 'late')).toMatchObject({ day: '2026-11-24' });
  });

  it('does nothing before onboarding', async () => {
    const ctx = await testContext(wednesday);
    expect((await replanIfNeeded(ctx)).ran).toBe(false);
  });

  it('gives the coming review of an area with low recent scores extra minutes', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-26', 0, { id: 'cardio', kind: 'content-review', areaIds: ['cardiovascular'] }),
    ]);
    for (const [id, day] of [
      ['l1', '2026-11-23'],
      ['l2', '2026-11-24'],
    ]) {
      await ctx.db.put('questionLogs', {
        id: id!,
        day: day!,
        questions: 20,
        correct: 9,
        mode: 'timed',
        areaIds: ['cardiovascular'],
        minutes: 30,
        createdAt: `${day}T10:00:00Z`,
      });
    }
    const outcome = await replanIfNeeded(ctx);
    expect(outcome.reweightedTaskIds).toEqual(['cardio']);
    expect(await ctx.db.get('tasks', 'cardio')).toMatchObject({ minutes: 75, performanceMinutes: 15 });
  });

  it('replans when the day-rollover alarm fires', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-24', 0, { id: 'tue' })]);
    await handleAlarm(ctx, 'day-rollover:2026-11-25');
    expect(await ctx.db.get('tasks', 'tue')).toMatchObject({ day: '2026-11-24', status: 'todo' });
    expect(await ctx.db.get('tasks', 'tue>2026-11-25')).toMatchObject({ day: '2026-11-25', movedFrom: '2026-11-24' });
  });

  it('moves misses on to their next retest once their retest task is done', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-24', 0, { id: 'rt', kind: 'retest-misses', status: 'done', missIds: ['m1'], retestRound: 1 }),
    ]);
    await ctx.db.put('misses', {
      id: 'm1',
      questionId: '20551',
      reason: 'misread',
      loggedOn: '2026-11-22',
      due: '2026-11-24',
      retests: 0,
    });
    await replanIfNeeded(ctx);
    expect(await ctx.db.get('misses', 'm1')).toMatchObject({ retests: 1, due: '2026-11-29' });
  });
});
