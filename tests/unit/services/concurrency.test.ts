// Two pages and the service worker writing at once, each through its own connection: IndexedDB runs transactions
// whose stores overlap one after another, so every service's read-modify-write sees the others' writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { localTimeOn } from '../../../lib/domain/day';
import type { ServiceContext } from '../../../lib/services/context';
import { completeTask } from '../../../lib/services/complete-task';
import { logPracticeExam } from '../../../lib/services/log-practice-exam';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { logReflection } from '../../../lib/services/log-reflection';
import { onboardedSettings, seed, task } from './focus-test-context';
import { sharedDatabase } from './shared-database';

const today = '2026-11-25';
const forms = ['nbme-30', 'nbme-31', 'uwsa1', 'nbme-32'];

async function setUp() {
  const [pageA, pageB, worker] = await sharedDatabase(localTimeOn(today, 18), ['pageA', 'pageB', 'worker']);
  const tasks = Array.from({ length: 15 }, (_, i) => task(today, i, { id: `t-${i}`, minutes: 10 }));
  await seed(pageA!.db, onboardedSettings({ practiceFormIds: [...forms] }), [
    ...tasks,
    task(today, 15, { id: 'reflect', kind: 'reflection', minutes: 10 }),
  ]);
  return { pageA: pageA!, pageB: pageB!, worker: worker! };
}

function work({
  pageA,
  pageB,
  worker,
}: Record<'pageA' | 'pageB' | 'worker', ServiceContext>): (() => Promise<unknown>)[] {
  return [
    ...[0, 1, 2, 3, 4].map(
      (i) => () =>
        logQuestionBlock(pageA, {
          taskId: `t-${i}`,
          questions: 20,
          correct: 15,
          mode: 'timed',
          areaIds: [],
          minutes: 30,
          misses: [{ questionId: `q${i}`, reason: 'knowledge' }],
        }),
    ),
    ...[5, 6, 7, 8, 9].map((i) => () => completeTask(pageB, `t-${i}`)),
    ...[10, 11, 12, 13, 14].map((i) => () => completeTask(worker, `t-${i}`)),
    // Three read-modify-writes of the one settings record: each retires its form from practiceFormIds.
    () => logPracticeExam(pageA, { formId: 'nbme-30', day: today, percentCorrect: 60 }),
    () => logPracticeExam(pageB, { formId: 'nbme-31', day: today, percentCorrect: 62 }),
    () => logPracticeExam(worker, { formId: 'uwsa1', day: today, percentCorrect: 64 }),
    () => logReflection(pageB, { wentWell: 'Steady', hard: 'Renal', mood: 3 }),
  ];
}

describe('two pages and the worker writing at once', () => {
  it('loses no update, in any order of starting', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (seedValue) => {
        const contexts = await setUp();
        const jobs = work(contexts);
        // Start every job in a shuffled order, all before the first finishes.
        const order = fc.sample(
          fc.shuffledSubarray(
            jobs.map((_, i) => i),
            { minLength: jobs.length },
          ),
          { numRuns: 1, seed: seedValue },
        )[0]!;
        await Promise.all(order.map((i) => jobs[i]!()));

        const db = contexts.worker.db;
        const tasks = await db.getAll('tasks');
        const planned = tasks.filter((t) => t.id.startsWith('t-') || t.id === 'reflect');
        expect(planned.filter((t) => t.status !== 'done').map((t) => t.id)).toEqual([]);
        expect((await db.get('settings', SETTINGS_KEY))?.practiceFormIds).toEqual(['nbme-32']);
        expect(await db.count('questionLogs')).toBe(5);
        expect(await db.count('assessments')).toBe(3);
        expect(await db.count('journal')).toBe(1);
        expect((await db.getAll('misses')).map((m) => m.questionId).sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
        // Retest tasks each took the next free position of their day: no two writers picked the same one.
        const byDay = new Map<string, number[]>();
        for (const t of tasks) byDay.set(t.day, [...(byDay.get(t.day) ?? []), t.order]);
        for (const [day, orders] of byDay) expect(new Set(orders).size, `orders on ${day}`).toBe(orders.length);
        for (const c of Object.values(contexts)) c.db.close();
      }),
      { numRuns: 15, seed: 42 },
    );
  });

  it('would see a lost update: a control whose write is split over two transactions loses two of three', async () => {
    const { pageA, pageB, worker } = await setUp();
    // Read in one transaction, write in another: the mistake that the one-transaction rule prevents.
    const splitRetire = async (ctx: ServiceContext, formId: string) => {
      const settings = (await ctx.db.get('settings', SETTINGS_KEY))!;
      await ctx.db.put(
        'settings',
        { ...settings, practiceFormIds: settings.practiceFormIds.filter((f) => f !== formId) },
        SETTINGS_KEY,
      );
    };
    await Promise.all([splitRetire(pageA, 'nbme-30'), splitRetire(pageB, 'nbme-31'), splitRetire(worker, 'uwsa1')]);
    expect((await worker.db.get('settings', SETTINGS_KEY))?.practiceFormIds).toHaveLength(3);
  });
});
