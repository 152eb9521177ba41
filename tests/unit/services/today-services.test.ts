import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readToday } from '../../../lib/db/read-today';
import { readTodayTasks } from '../../../lib/db/read-today-tasks';
import { localTimeOn } from '../../../lib/domain/day';
import { completeTask, uncompleteTask } from '../../../lib/services/complete-task';
import { hideMessage, pinMessage, recordShownMessage, unpinMessage } from '../../../lib/services/message-choices';
import { todaySource } from '../../../lib/services/today-source';
import { onboardedSettings, seed, storedAppState, task, testContext, type TestContext } from './focus-test-context';

const wednesday = localTimeOn('2026-11-25', 18);

/** A context that also records which stores each write announced. */
async function recordingContext(): Promise<TestContext & { announced: string[][] }> {
  const ctx = await testContext(wednesday);
  const announced: string[][] = [];
  const afterWrite = ctx.afterWrite;
  return Object.assign(ctx, {
    announced,
    afterWrite: async (stores: string[]) => {
      announced.push(stores);
      await afterWrite(stores as never);
    },
  });
}

describe('checking tasks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks a task done with the time it was checked, in one write over the tasks', async () => {
    const ctx = await recordingContext();
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'qb' })]);
    await completeTask(ctx, 'qb');
    expect(await ctx.db.get('tasks', 'qb')).toMatchObject({
      status: 'done',
      completedAt: new Date(wednesday).toISOString(),
    });
    expect(ctx.announced).toEqual([['tasks']]);
  });

  it('keeps the first completion time when a done task is checked again', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-25', 0, { id: 'qb', status: 'done', completedAt: '2026-11-25T12:00:00.000Z' }),
    ]);
    await completeTask(ctx, 'qb');
    expect((await ctx.db.get('tasks', 'qb'))?.completedAt).toBe('2026-11-25T12:00:00.000Z');
  });

  it('puts an unchecked task back to do and forgets when it was checked', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-25', 0, { id: 'qb', status: 'done', completedAt: '2026-11-25T12:00:00.000Z' }),
    ]);
    await uncompleteTask(ctx, 'qb');
    const stored = await ctx.db.get('tasks', 'qb');
    expect(stored?.status).toBe('todo');
    expect(stored).not.toHaveProperty('completedAt');
  });

  it('does nothing for a task that no longer exists', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    expect(await completeTask(ctx, 'gone')).toBeUndefined();
    expect(await ctx.db.getAll('tasks')).toEqual([]);
  });
});

describe('message choices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pins and unpins a message', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    await pinMessage(ctx, 'day-3');
    expect((await storedAppState(ctx.db)).pinnedMessageId).toBe('day-3');
    await unpinMessage(ctx);
    expect((await storedAppState(ctx.db)).pinnedMessageId).toBe('');
  });

  it('hides a message once, and unpins it if it was pinned', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings({ pinnedMessageId: 'day-3' }));
    await hideMessage(ctx, 'day-3');
    await hideMessage(ctx, 'day-3');
    const state = await storedAppState(ctx.db);
    expect(state.hiddenMessageIds).toEqual(['day-3']);
    expect(state.pinnedMessageId).toBe('');
  });

  it('remembers one shown message per day', async () => {
    const ctx = await testContext(wednesday);
    await seed(
      ctx.db,
      onboardedSettings({
        shownMessages: [
          { day: '2026-11-24', id: 'day-1' },
          { day: '2026-11-25', id: 'day-2' },
        ],
      }),
    );
    await recordShownMessage(ctx, '2026-11-25', 'streak-1');
    expect((await storedAppState(ctx.db)).shownMessages).toEqual([
      { day: '2026-11-24', id: 'day-1' },
      { day: '2026-11-25', id: 'streak-1' },
    ]);
  });
});

describe('readToday', () => {
  it('reads settings, two weeks either side, the practice exams and the latest mood in one go', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-25', 0),
      task('2026-11-11', 0),
      task('2026-11-09', 0),
      task('2026-12-09', 0),
      task('2026-12-11', 0),
    ]);
    await ctx.db.put('assessments', {
      id: 'a',
      day: '2026-11-24',
      formId: 'nbme-30',
      percentCorrect: 61,
      createdAt: '',
    });
    await ctx.db.put('journal', {
      id: 'j1',
      day: '2026-11-23',
      wentWell: '',
      hard: '',
      mood: 4,
      createdAt: '2026-11-23T21:00:00Z',
    });
    await ctx.db.put('journal', {
      id: 'j2',
      day: '2026-11-24',
      wentWell: '',
      hard: '',
      mood: 2,
      createdAt: '2026-11-24T21:00:00Z',
    });
    const read = await readToday(ctx.db, wednesday);
    expect(read.today).toBe('2026-11-25');
    expect(read.tasks.map((t) => t.day)).toEqual(['2026-11-11', '2026-11-25', '2026-12-09']);
    expect(read.assessments).toHaveLength(1);
    expect(read.latestMood).toEqual({ day: '2026-11-24', mood: 2 });
  });

  it("reads the last two weeks' question logs and the past attempts, for what today's message may claim", async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), []);
    const log = (id: string, day: string) =>
      ctx.db.put('questionLogs', {
        id,
        day,
        questions: 20,
        correct: 10,
        mode: 'timed',
        areaIds: [],
        minutes: 30,
        createdAt: `${day}T10:00:00Z`,
      });
    await log('old', '2026-11-09');
    await log('fortnight', '2026-11-11');
    await log('today', '2026-11-25');
    await ctx.db.put('attempts', { id: 'first', examId: 'usmle-step1', date: '2026-03-02', outcome: 'fail' });
    const read = await readToday(ctx.db, wednesday);
    expect(read.logs?.map((l) => l.id).sort()).toEqual(['fortnight', 'today']);
    expect(read.attempts).toEqual([{ id: 'first', examId: 'usmle-step1', date: '2026-03-02', outcome: 'fail' }]);
  });

  it('gives the logging panel today in order and the last two weeks', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-25', 1),
      task('2026-11-25', 0),
      task('2026-11-11', 0),
      task('2026-11-10', 0),
      task('2026-11-26', 0),
    ]);
    const read = await readTodayTasks(ctx.db, wednesday);
    expect(read.todaysTasks.map((t) => t.order)).toEqual([0, 1]);
    expect(read.recentTasks.map((t) => t.day).sort()).toEqual(['2026-11-11', '2026-11-25', '2026-11-25']);
  });

  it('counts the small hours as the day before (day start 04:00)', async () => {
    const ctx = await testContext(localTimeOn('2026-11-26', 2));
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0)]);
    const read = await readToday(ctx.db, ctx.now());
    expect(read.today).toBe('2026-11-25');
    expect(read.tasks).toHaveLength(1);
  });

  it('gives the defaults before onboarding', async () => {
    const ctx = await testContext(wednesday);
    expect((await readToday(ctx.db, wednesday)).settings.examDate).toBe('');
  });
});

describe('todaySource', () => {
  it('reads, writes and hears about its own writes through the change channel', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'qb' })]);
    const announcing = {
      ...ctx,
      afterWrite: async (stores: string[]) => {
        const { announceChange } = await import('../../../lib/platform/change-channel');
        announceChange(stores as never);
      },
    };
    const source = todaySource(async () => announcing, ctx.now);
    const heard = new Promise<void>((resolve) => {
      const stop = source.subscribe(() => {
        stop();
        resolve();
      });
    });
    await source.setDone('qb', true);
    await heard;
    expect((await source.read()).tasks[0]?.status).toBe('done');
  });
});

/** A page's localStorage, for the snapshot: the stored items, to look at. */
function stubLocalStorage(): Map<string, string> {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
  return items;
}

describe('todaySource snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  // The frame the page made from a read, and what it drew (here: nothing; the drawing is tested in
  // tests/components/today/first-frame.test.tsx).
  const drawn = { page: { childNodes: [] } as unknown as Element, popup: { childNodes: [] } as unknown as Element };

  it("keeps what the page drew for the next page's first frame, for the same plan day only", async () => {
    stubLocalStorage();
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'qb' })]);
    const source = todaySource(async () => ctx, ctx.now);
    expect(source.snapshot()).toBeUndefined();
    const read = await source.read();
    // A read alone keeps nothing: the page keeps the frame with what it drew from it.
    expect(source.snapshot()).toBeUndefined();
    const { todayFrame } = await import('../../../lib/domain/today/today-frame');
    await source.keep(todayFrame(read), drawn);
    expect(source.snapshot()).toEqual({ ...todayFrame(read), drawn: { page: [], popup: [] } });
    // Only today is kept, computed: not the two weeks of tasks the read holds (issue 19's "only what it draws").
    expect(Object.keys(source.snapshot()!)).toEqual(['today', 'dayStartHour', 'examDate', 'view', 'drawn']);
    ctx.advance(24 * 3_600_000);
    expect(source.snapshot()).toBeUndefined();
  });

  it('keeps nothing before onboarding, and forgets what it kept', async () => {
    const items = stubLocalStorage();
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'qb' })]);
    const source = todaySource(async () => ctx, ctx.now);
    const { todayFrame } = await import('../../../lib/domain/today/today-frame');
    await source.keep(todayFrame(await source.read()), drawn);
    expect(items.size).toBe(1);
    await source.keep({ today: '2026-11-25', dayStartHour: 4, examDate: '', view: { state: 'setup' } }, drawn);
    expect(items.size).toBe(0);
  });
});
