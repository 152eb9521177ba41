// Issue 14 at the service level: stale settings saves refused, a log against a deleted task re-attached or refused,
// a replan dated in the future treated as stale, and focus sessions with impossible times ended.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { readAlarmState } from '../../../lib/db/read-alarm-state';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { localTimeOn } from '../../../lib/domain/day';
import { endImpossibleSessions } from '../../../lib/services/focus-repair';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { replanIfNeeded } from '../../../lib/services/replan-if-needed';
import { saveDecisionSettings } from '../../../lib/services/replan-settings';
import { REMINDER_KEYS } from '../../../lib/domain/settings-sections';
import { saveReminders } from '../../../lib/services/save-reminders';
import { sectionOf } from '../../../lib/services/settings-section';
import { onboardedSettings, seed, storedAppState, task, testContext } from './focus-test-context';

const wednesday = localTimeOn('2026-11-25', 10);

describe('stale settings saves', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuse a save whose form read values another tab has changed since, and write nothing', async () => {
    const ctx = await testContext(wednesday);
    const stored = onboardedSettings();
    await seed(ctx.db, stored);
    const read = sectionOf(stored, REMINDER_KEYS);
    await saveReminders(ctx, { ...read, morningTime: '06:15' }, read);
    await expect(
      saveReminders(ctx, { ...read, focus: { ...read.focus, focusMinutes: 40 } }, read),
    ).rejects.toMatchObject({
      name: 'StaleWriteError',
      message: expect.stringMatching(
        /^Your reminder settings changed in another tab \(or by an import\) after this page read them/,
      ),
    });
    expect(await ctx.db.get('settings', SETTINGS_KEY)).toMatchObject({
      morningTime: '06:15',
      focus: { focusMinutes: 50 },
    });
  });

  it('let a form save over writes to fields it does not show (the new tab recording a message)', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings({ pinnedMessageId: 'steady-1' }));
    const base = { goAheadPassProbability: 90, goAheadPercent: 0, rescheduleDeadline: '' };
    await saveDecisionSettings(ctx, { ...base, goAheadPercent: 65 }, base);
    expect(await ctx.db.get('settings', SETTINGS_KEY)).toMatchObject({ goAheadPercent: 65 });
    expect((await storedAppState(ctx.db)).pinnedMessageId).toBe('steady-1');
  });
});

describe('a block logged against a task that is gone', () => {
  beforeEach(() => fakeBrowser.reset());
  const entry = {
    taskId: 'deleted',
    questions: 40,
    correct: 31,
    mode: 'timed' as const,
    areaIds: ['cardiovascular'],
    minutes: 60,
  };

  it('goes to the question block of today that stands for it now', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [
      task('2026-11-25', 0, { id: 'other', areaIds: ['renal'] }),
      task('2026-11-25', 1, { id: 'now', areaIds: ['cardiovascular'] }),
    ]);
    const { log } = await logQuestionBlock(ctx, entry);
    expect(log.taskId).toBe('now');
    expect(await ctx.db.get('tasks', 'now')).toMatchObject({ status: 'done' });
  });

  it('is refused in words, with nothing stored, when no such block is left', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'other', areaIds: ['renal'] })]);
    await expect(logQuestionBlock(ctx, entry)).rejects.toMatchObject({
      name: 'LogInputError',
      message: expect.stringMatching(/no longer in your plan.*nothing was logged/),
    });
    expect(await ctx.db.getAll('questionLogs')).toEqual([]);
  });
});

describe('odd dates and times', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replans when the last run is dated after today, and says the clock was set ahead', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings({ lastReplannedDay: '2026-12-20' }), [task('2026-11-24', 0, { id: 'tue' })]);
    const outcome = await replanIfNeeded(ctx);
    expect(outcome.ran).toBe(true);
    expect(outcome.summary[0]).toMatch(
      /^The plan was last checked for Sun 20 Dec 2026, a day that has not come yet: your computer's clock was probably set ahead/,
    );
    expect((await storedAppState(ctx.db)).lastReplannedDay).toBe('2026-11-25');
    expect(await ctx.db.get('tasks', 'tue')).toMatchObject({ day: '2026-11-24', status: 'todo' });
    expect(await ctx.db.get('tasks', 'tue>2026-11-25')).toMatchObject({ movedFrom: '2026-11-24' });
  });

  it('ends a focus session started in the year 3000, which no longer counts as running', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    const odd = {
      id: 'f',
      kind: 'focus' as const,
      day: '2026-11-25',
      startedAt: Date.UTC(3000, 0, 1),
      plannedMinutes: 50,
      pausedMs: 0,
    };
    await ctx.db.put('focusSessions', odd);
    expect((await readAlarmState(ctx.db, wednesday)).activeSession).toBeUndefined();
    expect(await endImpossibleSessions(ctx)).toBe(1);
    expect(await ctx.db.get('focusSessions', 'f')).toMatchObject({
      endReason: 'stopped',
      endedAt: odd.startedAt,
      pausedMs: 0,
    });
  });
});
