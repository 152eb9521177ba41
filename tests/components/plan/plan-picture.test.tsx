import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakableText } from '../../../components/plan/BreakableText';
import { foldRecurring } from '../../../components/plan/fold-recurring';
import { planTimeline } from '../../../components/plan/plan-timeline';
import { PlanView } from '../../../components/plan/PlanView';
import { planWeeks } from '../../../components/plan/plan-weeks';
import { buildPlan, planInputFromSettings } from '../../../lib/domain/planner';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

// Issue 13: the plan as a picture. Wednesday 25 November 2026 to an exam on Friday 15 January 2027.
const settings: Settings = {
  ...structuredClone(defaultSettings),
  examDate: '2027-01-15',
  startDate: '2026-11-25',
  bands: { cardiovascular: 'lower' },
  questionBankLeft: 2000,
  practiceFormIds: ['nbme-29', 'nbme-30', 'free-120'],
};
const tasks = buildPlan(planInputFromSettings(settings, settings.startDate, 'p')).tasks;
const names: Record<string, string> = {
  'nbme-29': 'NBME Form 29',
  'nbme-30': 'NBME Form 30',
  'free-120': 'USMLE Free 120 (sample questions)',
};

describe('the plan as a picture (issue 13)', () => {
  afterEach(cleanup);

  it('lays the phases end to end from the first day to the exam, each practice exam a mark in order', () => {
    const view = planTimeline(planWeeks(tasks, settings, '2026-11-25'), (id) => names[id]);
    expect(view.spans.map((s) => s.phase)).toEqual(['reset', 'rebuild', 'consolidate', 'final']);
    expect(view.spans[0]!.from).toBe('2026-11-25');
    expect(view.spans.reduce((sum, s) => sum + s.days, 0)).toBe(51);
    expect(view.marks.map((m) => m.name)).toEqual([
      'NBME Form 29',
      'NBME Form 30',
      'USMLE Free 120 (sample questions)',
    ]);
    expect(view.marks.every((m, i) => m.at > 0 && m.at < 1 && (i === 0 || m.at > view.marks[i - 1]!.at))).toBe(true);
    expect(view.today).toBeCloseTo(0.5 / 52);
    expect(view.examDay).toBe('2027-01-15');
  });

  it('says the recurring line once for the week instead of on every day', () => {
    const week = planWeeks(tasks, settings, '2026-11-25')[2]!;
    const { folded, week: rest } = foldRecurring(week);
    expect(folded.length).toBeGreaterThan(0);
    for (const line of folded) {
      expect(line.days).toBeGreaterThanOrEqual(3);
      expect(rest.days.flatMap((d) => d.tasks).some((t) => t.title === line.title)).toBe(false);
    }
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    const title = folded[0]!.title;
    const third = document.querySelectorAll('.plan-week')[2] as HTMLElement;
    expect(within(third).getAllByText(title)).toHaveLength(1);
  });

  it('breaks area names at the slash, never inside a word', () => {
    const { container } = render(<BreakableText text="Lymphoreticular/Immune questions" />);
    expect(container).toHaveTextContent('Lymphoreticular/Immune questions');
    // The only place to wrap is the <wbr> right after the slash.
    const wbr = container.querySelector('wbr');
    expect(wbr?.previousSibling?.textContent).toBe('/');
    expect(container.querySelectorAll('wbr')).toHaveLength(1);
  });

  it('names each colour in a legend, and marks work on a weak area', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    const legend = screen.getByRole('region', { name: 'What the colours mean' });
    for (const name of ['Questions and their review', 'Content review', 'Practice exams and decisions'])
      expect(within(legend).getByText(name)).toBeInTheDocument();
    const weak = tasks.filter((t) => t.areaIds?.includes('cardiovascular') && t.day < '2026-12-07');
    expect(weak.length).toBeGreaterThan(0);
    expect(screen.getAllByText('weak area').length).toBeGreaterThan(1);
    const timeline = screen.getByRole('region', { name: 'From the first day to the exam' });
    expect(within(timeline).getByText('NBME Form 30')).toBeInTheDocument();
    const facts = [...timeline.querySelectorAll('li')].map((li) => li.textContent);
    expect(facts).toContain('Reset Wed 25 Nov – Sun 29 Nov');
    expect(facts).toContain('Exam Fri 15 Jan');
  });
});
