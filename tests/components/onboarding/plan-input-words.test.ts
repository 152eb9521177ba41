// One fault, one sentence: the onboarding form (check-plan-draft.ts), the planner's assessment (assessPlanInput) and
// the save service (savePlanSettings, refusing what reaches it unchecked) word each plan-input problem the same way,
// from lib/domain/planner/plan-input-checks.ts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkPlanDraft } from '../../../components/onboarding/check-plan-draft';
import { draftFromSettings, type PlanDraft } from '../../../components/onboarding/plan-draft';
import { localTimeOn } from '../../../lib/domain/day';
import { assessPlanInput, planInputFromSettings } from '../../../lib/domain/planner';
import { defaultSettings } from '../../../lib/domain/settings';
import { PlanInputError, savePlanSettings } from '../../../lib/services/save-plan-settings';
import { testContext } from '../../unit/services/focus-test-context';
import type { PlanSettingsFields } from '../../../lib/domain/planner/plan-settings-fields';

const TODAY = '2026-11-25';
const good = {
  examDate: '2027-01-20',
  weekdayMinutes: [360, 360, 360, 360, 360, 240, 0],
  questionBankLeft: 1500,
};
const draft = (patch: Partial<PlanDraft>): PlanDraft => ({
  ...draftFromSettings({ ...structuredClone(defaultSettings), ...good }, [], false),
  questionBankLeft: '1500',
  ...patch,
});
const formSays = (patch: Partial<PlanDraft>) => checkPlanDraft(draft(patch), TODAY).problems.map((p) => p.message);
const plannerSays = (patch: Partial<typeof good>) =>
  assessPlanInput(planInputFromSettings({ ...structuredClone(defaultSettings), ...good, ...patch }, TODAY, 'p')).map(
    (p) => p.message,
  );
async function serviceSays(patch: Partial<PlanSettingsFields>, attempts: { date: string }[] = []): Promise<string[]> {
  const ctx = await testContext(localTimeOn(TODAY, 18));
  const fields = { ...structuredClone(defaultSettings), ...good, ...patch } as PlanSettingsFields;
  const error = await savePlanSettings(
    ctx,
    fields,
    attempts.map((a) => ({ date: a.date, outcome: 'fail' })),
  ).catch((e: unknown) => e);
  return error instanceof PlanInputError ? error.problems.map((p) => p.message) : [];
}

describe('the words for a plan-input problem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an exam date that has passed', async () => {
    const said = 'The exam date (Fri 20 Nov 2026) is not in the future; choose a day after today.';
    expect(formSays({ examDate: '2026-11-20' })).toEqual([said]);
    expect(plannerSays({ examDate: '2026-11-20' })).toEqual([said]);
    expect(await serviceSays({ examDate: '2026-11-20' })).toEqual([said]);
  });

  it('a question bank count that is not a whole number', async () => {
    const said = 'Questions left must be a whole number, 0 or more.';
    expect(formSays({ questionBankLeft: '-3' })).toEqual([said]);
    expect(plannerSays({ questionBankLeft: -3 })).toEqual([said]);
    expect(await serviceSays({ questionBankLeft: 2.5 })).toEqual([said]);
  });

  it("a day's hours out of range", async () => {
    const said = 'Tuesday: hours cannot be negative; 0 makes it a day off.';
    expect(formSays({ hours: ['6', '-1', '6', '6', '6', '4', '0'] })).toEqual([said]);
    expect(plannerSays({ weekdayMinutes: [360, -60, 360, 360, 360, 240, 0] })).toEqual([said]);
  });

  it('a past attempt dated after today', async () => {
    const said = 'A past attempt must be dated today or earlier.';
    expect(formSays({ attempts: [{ date: '2026-12-01', outcome: 'fail' }] })).toEqual([said]);
    expect(await serviceSays({}, [{ date: '2026-12-01' }])).toEqual([said]);
  });
});
