// Whatever the services accept, up to and past every limit, exports to a file that the import accepts, and that file
// imported and exported again is the same: the app can always restore its own backup (issue 14, point 3).
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../../lib/domain/backup';
import { addDays, localTimeOn } from '../../../lib/domain/day';
import { LIST_LIMITS, MAX_EXAM_YEARS_AHEAD, TEXT_LIMITS } from '../../../lib/domain/limits';
import { exportBackup, importBackup } from '../../../lib/services/backup';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { logReflection } from '../../../lib/services/log-reflection';
import { saveReminders } from '../../../lib/services/save-reminders';
import { savePlanSettings } from '../../../lib/services/save-plan-settings';
import { defaultSettings } from '../../../lib/domain/settings';
import { testContext } from './focus-test-context';
import type { PlanSettingsFields } from '../../../lib/domain/planner/plan-settings-fields';

const start = localTimeOn('2026-11-25', 10);
/** Text up to a little past a limit, so that both sides of it are tried. */
const upTo = (limit: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: limit + 20 }),
    fc.constant('x'.repeat(limit)),
    fc.constant('9'.repeat(limit + 20)),
  );

const inputs = fc.record({
  examDaysAhead: fc.oneof(
    fc.integer({ min: 30, max: MAX_EXAM_YEARS_AHEAD * 366 + 30 }),
    fc.constant(MAX_EXAM_YEARS_AHEAD * 365),
  ),
  supporters: fc.array(upTo(TEXT_LIMITS.supporterName), { maxLength: 3 }),
  manySupporters: fc.boolean(),
  missIds: fc.array(upTo(TEXT_LIMITS.questionId), { maxLength: 4 }),
  manyMisses: fc.boolean(),
  reflection: upTo(TEXT_LIMITS.journal),
  focusMinutes: fc.integer({ min: 1, max: 180 }),
});

const content = ({ exportedAt: _time, ...rest }: Backup) => rest;
const accepted = async (work: () => Promise<unknown>): Promise<void> => {
  // A refusal is the service's to make (a limit, a plan that does not fit); whatever it refuses it must not store.
  await work().catch((error: unknown) =>
    expect((error as Error).name).toMatch(/PlanInputError|RecordLimitError|LogInputError/),
  );
};

describe('what the services accept, a backup restores', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports to a file the import accepts, and re-exports it identically', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (i) => {
        const ctx = await testContext(start);
        const names = i.manySupporters
          ? Array.from({ length: LIST_LIMITS.supporters + 1 }, (_, n) => `Person ${n}`)
          : i.supporters;
        const fields: PlanSettingsFields = {
          examId: 'usmle-step1',
          examDate: addDays('2026-11-25', i.examDaysAhead),
          examBooked: true,
          weekdayMinutes: [600, 600, 600, 600, 600, 600, 240],
          blockedDates: [],
          bands: {},
          questionBankLeft: 3600,
          practiceFormIds: ['nbme-29', 'free-120'],
          parallelTrack: { kind: 'none', hoursPerWeek: 0 },
          supporters: names.map((name) => ({ name, role: 'tutor' })),
        };
        await accepted(() => savePlanSettings(ctx, fields, []));
        const reminders = {
          ...structuredClone(defaultSettings),
          focus: { ...defaultSettings.focus, focusMinutes: i.focusMinutes },
        };
        await accepted(() => saveReminders(ctx, reminders));
        const ids = i.manyMisses
          ? Array.from({ length: LIST_LIMITS.missesPerBlock }, (_, n) => `${n}`.padStart(TEXT_LIMITS.questionId, '7'))
          : i.missIds;
        await accepted(() =>
          logQuestionBlock(ctx, {
            questions: 40,
            correct: 31,
            mode: 'timed',
            areaIds: [],
            minutes: 60,
            misses: ids.map((questionId) => ({ questionId, reason: 'knowledge' })),
          }),
        );
        await accepted(() => logReflection(ctx, { wentWell: i.reflection, hard: i.reflection, mood: 3 }));

        const first = await exportBackup(ctx);
        const parsed = parseBackup(JSON.stringify(first));
        if (!parsed.ok) throw new Error(parsed.message);
        await importBackup(ctx, parsed.backup);
        expect(content(await exportBackup(ctx))).toEqual(content(first));
        ctx.db.close();
      }),
      { numRuns: 25, seed: 14 },
    );
  }, 240_000);
});
