// commit() announces the stores a service wrote, never the ones it only read: a log or a focus block does not make
// every page that watches the settings read them again (issue 15).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_SETTINGS_READ, touches } from '../../../lib/db/read-scopes';
import { TODAY_READ } from '../../../lib/db/today-scope';
import { localTimeOn } from '../../../lib/domain/day';
import { extendFocus, pauseFocus } from '../../../lib/services/focus-control';
import { finishSession } from '../../../lib/services/focus-finish';
import { startFocus } from '../../../lib/services/focus-start';
import { logPracticeExam } from '../../../lib/services/log-practice-exam';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { logReflection } from '../../../lib/services/log-reflection';
import { pinMessage, recordShownMessage } from '../../../lib/services/message-choices';
import { replanIfNeeded } from '../../../lib/services/replan-if-needed';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const wednesday = localTimeOn('2026-11-25', 18);

async function recording() {
  const ctx = await testContext(wednesday);
  const announced: string[][] = [];
  ctx.afterWrite = async (stores) => void announced.push([...stores].sort());
  await seed(ctx.db, onboardedSettings({ practiceFormIds: ['nbme-30'], lastReplannedDay: '2026-11-25' }), [
    task('2026-11-25', 0, { id: 'qb' }),
    task('2026-11-25', 1, { id: 'reflect', kind: 'reflection' }),
  ]);
  return { ctx, announced };
}

describe('what a write announces', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a question block: the log and its task, not the settings it read', async () => {
    const { ctx, announced } = await recording();
    await logQuestionBlock(ctx, { taskId: 'qb', questions: 20, correct: 15, mode: 'timed', areaIds: [], minutes: 30 });
    expect(announced).toEqual([['questionLogs', 'tasks']]);
  });

  it('a reflection: the journal and the reflection task', async () => {
    const { ctx, announced } = await recording();
    await logReflection(ctx, { wentWell: 'Renal', hard: 'Timing', mood: 4 });
    expect(announced).toEqual([['journal', 'tasks']]);
  });

  it('a practice exam: the settings too, because the form is no longer unused, and its sitting', async () => {
    const { ctx, announced } = await recording();
    await logPracticeExam(ctx, { formId: 'nbme-30', day: '2026-11-25', percentCorrect: 61 });
    expect(announced).toEqual([['assessments', 'settings', 'tasks']]);
  });

  it('focus: start, pause and finish write the sessions only (and the task when a block ends on one)', async () => {
    const { ctx, announced } = await recording();
    const block = await startFocus(ctx, { minutes: 25 });
    await pauseFocus(ctx);
    await extendFocus(ctx);
    expect(announced).toEqual([['focusSessions'], ['focusSessions'], ['focusSessions']]);
    const onTask = await startFocus(ctx, { minutes: 25, taskId: 'qb' });
    ctx.advance(26 * 60_000);
    announced.length = 0;
    await finishSession(ctx, onTask.id);
    expect(announced).toEqual([['focusSessions', 'tasks']]);
    expect(block.id).not.toBe(onTask.id);
  });

  it('nothing at all when nothing was written: a replan already run today', async () => {
    const { ctx, announced } = await recording();
    expect((await replanIfNeeded(ctx)).ran).toBe(false);
    expect(announced).toEqual([]);
  });

  it('pinning a message: the app state, which holds the pins, and not the settings', async () => {
    const { ctx, announced } = await recording();
    await pinMessage(ctx, 'steady-1');
    expect(announced).toEqual([['appState']]);
  });

  it('the new tab recording the message it showed: the app state only, which no settings form reads', async () => {
    const { ctx, announced } = await recording();
    await recordShownMessage(ctx, '2026-11-25', 'steady-1');
    expect(announced).toEqual([['appState']]);
    expect(touches(announced[0]!, PLAN_SETTINGS_READ)).toBe(false);
    expect(touches(announced[0]!, TODAY_READ)).toBe(true);
  });

  it("a day's replan: the tasks it carried and the app state that remembers the day, not the settings it read", async () => {
    const { ctx, announced } = await recording();
    ctx.advance(24 * 60 * 60_000);
    expect((await replanIfNeeded(ctx)).ran).toBe(true);
    expect(announced).toEqual([['appState', 'tasks']]);
  });
});
