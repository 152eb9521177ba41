import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanView } from '../../../components/plan/PlanView';
import { buildPlan, planInputFromSettings } from '../../../lib/domain/planner';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

// Issue 11: on rotations (2 h weekdays, 6 h weekends, Step 2 CK hours), each NBME is sat in two parts on a weekend.
// The timeline once named a form by its first part's day and the week table by its last: two dates for one form.
const settings: Settings = {
  ...structuredClone(defaultSettings),
  startDate: '2026-12-02',
  examDate: '2027-04-01',
  weekdayMinutes: [120, 120, 120, 120, 120, 360, 360],
  parallelTrack: { kind: 'step2ck', hoursPerWeek: 4 },
  questionBankLeft: 2500,
  practiceFormIds: ['nbme-26', 'nbme-27', 'nbme-28', 'nbme-29', 'nbme-30', 'nbme-31', 'uwsa1', 'uwsa2', 'free-120'],
};
const tasks = buildPlan(planInputFromSettings(settings, settings.startDate, 'p')).tasks;

afterEach(cleanup);

describe('a practice form sat in two parts', () => {
  it('is written with both its days, the same way, in the timeline and in the week table', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-12-02" settingsHref="/options.html" />);
    const parts = tasks.filter((t) => t.formId === 'nbme-26').map((t) => t.day);
    expect(parts).toEqual(['2026-12-05', '2026-12-06']);
    const timeline = screen.getByRole('region', { name: 'From the first day to the exam' });
    const facts = [...timeline.querySelectorAll('li')].map((li) => li.textContent);
    expect(facts).toContain('NBME Form 26 Sat 5 – Sun 6 Dec');
    const rows = within(screen.getByRole('table', { name: 'The weeks ahead' })).getAllByRole('row');
    const week = rows.find((row) => row.textContent?.includes('NBME Form 26'));
    expect(week).toHaveTextContent('Sat 5 – Sun 6 Dec: NBME Form 26');
    // Every split form: the one date the timeline gives is the one the table gives.
    const split = tasks.filter((t) => t.kind === 'practice-exam-part');
    expect(split.length).toBeGreaterThan(3);
    for (const { title } of split) {
      const form = title.slice(0, title.indexOf(','));
      const fact = facts.find((f) => f?.startsWith(`${form} `));
      expect(fact, form).toBeDefined();
      const span = fact!.slice(form.length + 1);
      expect(span, form).toMatch(/ – /);
      expect(
        rows.some((row) => row.textContent?.includes(`${span}: ${form}`)),
        `${form}: ${span}`,
      ).toBe(true);
    }
  });

  it('is written with one date when it is sat in one go', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-12-02" settingsHref="/options.html" />);
    const free120 = tasks.find((t) => t.formId === 'free-120')!;
    expect(free120.kind).toBe('practice-exam');
    const timeline = screen.getByRole('region', { name: 'From the first day to the exam' });
    expect([...timeline.querySelectorAll('li')].map((li) => li.textContent)).toContain(
      'USMLE Free 120 (sample questions) Sun 28 Mar',
    );
    expect(screen.getByRole('table', { name: 'The weeks ahead' })).toHaveTextContent(
      'Sun 28 Mar: USMLE Free 120 (sample questions)',
    );
  });
});
