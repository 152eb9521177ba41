import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RetakeCoachDatabase } from '../../../lib/db/open';
import { localTimeOn } from '../../../lib/domain/day';
import { replanIfNeeded } from '../../../lib/services/replan-if-needed';
import { dismissReplanNews, dropLowerPriorityWork } from '../../../lib/services/replan-news';
import { onboardedSettings, seed, storedAppState, task, testContext } from './focus-test-context';

// Wednesday 2026-11-25, 10:00 local. Three hours a day and an exam on Saturday the 28th: work may go until Thursday.
const wednesday = localTimeOn('2026-11-25', 10);
const tightSettings = () =>
  onboardedSettings({ examDate: '2026-11-28', weekdayMinutes: [180, 180, 180, 180, 180, 180, 180] });

/** Monday's 2 h block cannot fit: today is full, and Thursday holds 2 h of nice-to-have review and 1 h that must happen. */
const seedLostTask = (db: RetakeCoachDatabase) =>
  seed(db, tightSettings(), [
    task('2026-11-23', 0, { id: 'lost', minutes: 120 }),
    task('2026-11-25', 0, { minutes: 180 }),
    task('2026-11-26', 0, { id: 'nice', minutes: 120, kind: 'content-review', priority: 5 }),
    task('2026-11-26', 1, { minutes: 60, priority: 1 }),
  ]);

describe('the replan notice', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept in the app state when the background replans, with the tasks that did not fit', async () => {
    const ctx = await testContext(wednesday);
    await seedLostTask(ctx.db);
    await replanIfNeeded(ctx);
    const news = (await storedAppState(ctx.db)).replanNews;
    expect(news).toEqual({
      day: '2026-11-25',
      sentences: [expect.stringContaining('2 h did not fit before the exam')],
      unplacedTaskIds: ['lost'],
    });
    // It stays on Monday as the student left it: missed, not rewritten as skipped.
    expect(await ctx.db.get('tasks', 'lost')).toMatchObject({ day: '2026-11-23', status: 'todo' });
  });

  it('drops lower-priority work to fit the lost task in, says so, and offers no second trade', async () => {
    const ctx = await testContext(wednesday);
    await seedLostTask(ctx.db);
    await replanIfNeeded(ctx);
    const sentences = await dropLowerPriorityWork(ctx);
    expect(sentences).toEqual(['Dropped 2 h of lower-priority review to fit 1 task back in, on Thursday.']);
    expect(await ctx.db.get('tasks', 'lost')).toMatchObject({ status: 'todo', day: '2026-11-23' });
    expect(await ctx.db.get('tasks', 'lost>2026-11-26')).toMatchObject({
      status: 'todo',
      day: '2026-11-26',
      movedFrom: '2026-11-23',
    });
    expect(await ctx.db.get('tasks', 'nice')).toMatchObject({ status: 'skipped' });
    expect((await storedAppState(ctx.db)).replanNews).toEqual({
      day: '2026-11-25',
      sentences,
      unplacedTaskIds: [],
    });
  });

  it('is cleared when dismissed', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, tightSettings(), [task('2026-11-24', 0, { id: 'tue' })]);
    await replanIfNeeded(ctx);
    expect((await storedAppState(ctx.db)).replanNews.sentences).toHaveLength(1);
    await dismissReplanNews(ctx);
    expect((await storedAppState(ctx.db)).replanNews).toEqual({
      day: '',
      sentences: [],
      unplacedTaskIds: [],
    });
  });
});
