// The plan page for four very different students (issue 11: a plan an advisor would sign, for every student), each
// seeded from the planner as onboarding would make it, screenshotted to be looked at, and checked for what the
// advisor's rules promise: a light day every week, every ticked form on the page, the sit-or-reschedule checkpoint.
import { mkdirSync } from 'node:fs';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { AppState } from '../../lib/domain/app-state';
import { addDays, planDayAt } from '../../lib/domain/day';
import { buildPlan, planInputFromSettings } from '../../lib/domain/planner';
import { examProfile } from '../../lib/domain/profiles';
import { defaultSettings, type Settings } from '../../lib/domain/settings';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { putRecords } from './pages/extension-db';

const SHOTS = 'tests/e2e/screenshots/plan-students';
const today = planDayAt(Date.now(), defaultSettings.dayStartHour);

const students: [string, Partial<Settings>][] = [
  [
    'full-time-42-days',
    {
      examDate: addDays(today, 42),
      weekdayMinutes: [420, 420, 420, 420, 420, 300, 0],
      bands: { cardiovascular: 'lower' },
      questionBankLeft: 3000,
      practiceFormIds: ['nbme-29', 'nbme-30', 'nbme-31', 'uwsa2', 'free-120'],
    },
  ],
  [
    'rotations-4-months',
    {
      examDate: addDays(today, 120),
      weekdayMinutes: [120, 120, 120, 120, 120, 360, 360],
      parallelTrack: { kind: 'step2ck', hoursPerWeek: 4 },
      questionBankLeft: 2500,
      practiceFormIds: ['nbme-26', 'nbme-27', 'nbme-28', 'nbme-29', 'nbme-30', 'nbme-31', 'uwsa1', 'uwsa2', 'free-120'],
    },
  ],
  [
    'three-hours-ten-months',
    {
      examDate: addDays(today, 300),
      weekdayMinutes: Array(7).fill(180),
      questionBankLeft: 3600,
      practiceFormIds: ['nbme-28', 'nbme-29', 'nbme-30', 'free-120'],
    },
  ],
  [
    'sixteen-hours-five-weeks',
    {
      examDate: addDays(today, 35),
      weekdayMinutes: Array(7).fill(960),
      bands: { pathology: 'lower', 'social-sciences': 'lower' },
      questionBankLeft: 4000,
      practiceFormIds: ['nbme-30', 'uwsa1', 'free-120'],
    },
  ],
];

describeInBrowser('the plan page for four very different students', () => {
  let session: ExtensionSession | undefined;
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  // A fresh profile for each student, so that no task of the one before is left in the database.
  afterEach(async () => session?.dispose());

  it.each(students)(
    'shows the plan of %s with every form, a light day each week and the checkpoint',
    async (name, overrides) => {
      const settings: Settings & Partial<AppState> = {
        ...structuredClone(defaultSettings),
        startDate: today,
        lastReplannedDay: today,
        updatedAt: new Date().toISOString(),
        ...overrides,
      };
      const plan = buildPlan(planInputFromSettings(settings, today, 'p'));
      session = await launchExtension();
      await waitForPage(session.context, '/options.html');
      const page = await session.open('plan.html');
      await putRecords(page, { settings, tasks: plan.tasks });
      await page.reload();
      await page
        .getByText(/Decide: sit on/)
        .first()
        .waitFor({ state: 'attached' });
      for (const id of settings.practiceFormIds) {
        expect(
          plan.tasks.some((t) => t.kind === 'practice-exam' && t.formId === id),
          id,
        ).toBe(true);
        const name = examProfile(settings.examId).selfAssessments.find((f) => f.id === id)!.name;
        await expect(page.getByText(name, { exact: false }).count(), name).resolves.toBeGreaterThan(0);
      }
      // The first weeks: a plan of ten months is too tall to picture whole.
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
    },
    120_000,
  );
});
