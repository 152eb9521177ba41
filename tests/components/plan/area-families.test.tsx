import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AREA_FAMILY_NAMES, areaFamily, familiesInPlan, taskFamily } from '../../../components/plan/area-families';
import { PlanView } from '../../../components/plan/PlanView';
import { buildPlan, planInputFromSettings } from '../../../lib/domain/planner';
import { step1Profile } from '../../../lib/domain/profiles/step1';
import type { ContentArea } from '../../../lib/domain/profiles';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import type { Task } from '../../../lib/domain/types';

// Issue 13: colour by area as well as by kind. Wednesday 25 November 2026 to an exam on Friday 15 January 2027.
const settings: Settings = {
  ...structuredClone(defaultSettings),
  examDate: '2027-01-15',
  startDate: '2026-11-25',
  questionBankLeft: 2000,
  practiceFormIds: ['nbme-30'],
};
const tasks = buildPlan(planInputFromSettings(settings, settings.startDate, 'p')).tasks;
const areas = step1Profile.areas;
const systems = areas.filter((a) => a.category === 'system');

describe('area families', () => {
  afterEach(cleanup);

  it("puts each of Step 1's eleven systems in one of five families, every family used", () => {
    const families = systems.map((a) => areaFamily(a.id, areas));
    expect(families).not.toContain(undefined);
    expect(new Set(families)).toEqual(new Set(AREA_FAMILY_NAMES.map(([f]) => f)));
    expect(areaFamily('cardiovascular', areas)).toBe('heart');
    expect(areaFamily('respiratory-renal', areas)).toBe('heart');
    // A discipline or a competency has no family: a task takes its system's.
    expect(areaFamily('pathology', areas)).toBeUndefined();
    expect(areaFamily('pc-diagnosis', areas)).toBeUndefined();
  });

  it("gives another exam's systems families in turn, by their order in its profile", () => {
    const other: ContentArea[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      name: id.toUpperCase(),
      category: 'system',
      minPct: 1,
      maxPct: 2,
      verified: true,
    }));
    expect(other.map((a) => areaFamily(a.id, other))).toEqual(['heart', 'brain', 'gut', 'blood', 'whole', 'heart']);
  });

  it('tints a task by its system, and leaves work on no area untinted', () => {
    const review = tasks.find((t) => t.kind === 'content-review' && t.areaIds?.[0] === 'gastrointestinal')!;
    expect(taskFamily(review, areas)).toBe('gut');
    const incorrects = tasks.find((t) => t.kind === 'review-incorrects')!;
    expect(taskFamily(incorrects, areas)).toBeUndefined();
  });

  it('lists only the families the tasks hold, each with its systems in the profile order', () => {
    const two: Task[] = [
      { ...tasks[0]!, areaIds: ['respiratory-renal', 'pathology'] },
      { ...tasks[0]!, areaIds: ['cardiovascular'] },
      { ...tasks[0]!, areaIds: ['biostats-epi'] },
    ];
    expect(familiesInPlan(two, areas)).toEqual([
      {
        family: 'heart',
        name: 'Heart, lungs and kidneys',
        areaNames: ['Cardiovascular System', 'Respiratory & Renal/Urinary Systems'],
      },
      {
        family: 'whole',
        name: 'Development, whole body and population',
        areaNames: ['Biostatistics & Epidemiology/Population Health'],
      },
    ]);
  });

  it("draws each system's lines in its family's tint, named in the legend beside the kinds", () => {
    const { container } = render(
      <PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />,
    );
    const legend = screen.getByRole('region', { name: 'What the colours mean' });
    expect(within(legend).getByText('Heart, lungs and kidneys')).toBeInTheDocument();
    expect(within(legend).getByText(/Cardiovascular System; Respiratory & Renal\/Urinary Systems/)).toBeInTheDocument();
    expect(within(legend).getByText('Questions and their review')).toBeInTheDocument();
    const cardio = [...container.querySelectorAll('.plan-task')].filter((li) =>
      li.textContent?.startsWith('Cardiovascular System'),
    );
    expect(cardio.length).toBeGreaterThan(0);
    for (const li of cardio) expect(li).toHaveClass('area-heart');
    const incorrects = [...container.querySelectorAll('.plan-task.kind-review-incorrects')];
    expect(incorrects.length).toBeGreaterThan(0);
    for (const li of incorrects) expect(li.className).not.toMatch(/area-/);
  });
});
