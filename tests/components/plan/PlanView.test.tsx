import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanView } from '../../../components/plan/PlanView';
import { planWeeks } from '../../../components/plan/plan-weeks';
import { buildPlan, planInputFromSettings } from '../../../lib/domain/planner';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import type { Task } from '../../../lib/domain/types';

// Wednesday 25 November 2026; the exam on Friday 15 January 2027; Christmas blocked.
const settings: Settings = {
  ...structuredClone(defaultSettings),
  examDate: '2027-01-15',
  startDate: '2026-11-25',
  blockedDates: ['2026-12-25'],
  bands: { cardiovascular: 'lower' },
  questionBankLeft: 2000,
  practiceFormIds: ['nbme-30', 'free-120'],
};
const tasks = buildPlan(planInputFromSettings(settings, settings.startDate, 'p')).tasks;

describe('planWeeks', () => {
  it('lays every day from the start to the exam into Monday-first weeks with totals', () => {
    const weeks = planWeeks(tasks, settings, '2026-11-25');
    expect(weeks[0]!.start).toBe('2026-11-23');
    expect(weeks[0]!.days[0]!.day).toBe('2026-11-25');
    expect(weeks.at(-1)!.days.at(-1)).toMatchObject({ day: '2027-01-15', kind: 'exam' });
    expect(weeks.flatMap((w) => w.days)).toHaveLength(52);
    const christmas = weeks.flatMap((w) => w.days).find((d) => d.day === '2026-12-25')!;
    expect(christmas).toMatchObject({ kind: 'blocked', tasks: [] });
    const sunday = weeks[0]!.days.find((d) => d.day === '2026-11-29')!;
    expect(sunday.kind).toBe('off');
    const today = weeks[0]!.days[0]!;
    expect(today.isToday).toBe(true);
    expect(today.minutes).toBe(tasks.filter((t) => t.day === '2026-11-25').reduce((s, t) => s + t.minutes, 0));
    expect(weeks.reduce((s, w) => s + w.minutes, 0)).toBe(
      tasks.filter((t) => t.kind !== 'rest').reduce((s, t) => s + t.minutes, 0),
    );
    expect(weeks.flatMap((w) => w.days).find((d) => d.day === '2027-01-14')!.kind).toBe('rest');
  });
});

describe('PlanView', () => {
  afterEach(cleanup);

  it("states the exam day's blocks and break budget, with its source, flagged not yet confirmed (issue 11, rule 8)", () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    const line = screen.getByText(/^Exam day: 14 blocks of 20 questions, 30 minutes each/);
    expect(line).toHaveTextContent(/Break time: at least 55 minutes in the day \(not yet confirmed/);
    const source = line.parentElement!.querySelector('details[data-fact-source]') as HTMLElement;
    expect(within(source).getByText('Source, not yet confirmed')).toBeInTheDocument();
    expect(within(source).getByRole('link', { name: 'usmle.org' })).toHaveAttribute(
      'href',
      'https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026',
    );
    expect(within(source).getByRole('link', { name: 'reviewbytes.com' })).toBeInTheDocument();
  });

  it('shows this week first, each day with its tasks, minutes and questions, today marked', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your plan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toHaveTextContent(
      'Exam: Fri 15 Jan 2027 · 51 days to go · now in Reset',
    );
    const weekHeadings = [...document.querySelectorAll('.plan-week h2')];
    expect(weekHeadings[0]).toHaveTextContent(/25 Nov – 29 Nov\s*Reset/);
    const today = document.querySelector('[aria-current="date"]') as HTMLElement;
    expect(within(today).getByText('Today')).toBeInTheDocument();
    expect(within(today).getByText('Write down what went wrong on your first attempt').parentElement).toHaveTextContent(
      /first attempt\s*30 min$/,
    );
    const block = tasks.find((t) => t.kind === 'question-block' && t.day === '2026-11-25');
    expect(block).toBeDefined();
    expect(within(today).getByText(block!.title).parentElement).toHaveTextContent(`${block!.questions} q`);
  });

  it('marks practice exams, days off, blocked days, the rest day and the exam', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    const exams = tasks.filter((t) => t.kind === 'practice-exam');
    expect(screen.getAllByText('Practice exam')).toHaveLength(exams.length);
    expect(screen.getAllByText('Day off').length).toBeGreaterThan(5);
    expect(screen.getByText('Blocked')).toBeInTheDocument();
    expect(screen.getByText('Rest day')).toBeInTheDocument();
    expect(screen.getByText('Exam day')).toBeInTheDocument();
  });

  // Issue 13: the table once stopped at five weeks, and the late NBMEs and the Free 120 never appeared in it.
  it('sums up every week up to the exam in a table, practice exams by name', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    const table = screen.getByRole('table', { name: 'The weeks ahead' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 8);
    expect(rows.at(-1)).toHaveTextContent('USMLE Free 120 (sample questions)');
    expect(rows[1]).toHaveTextContent(/^25 Nov – 29 NovReset/);
    expect(within(table).getByRole('link', { name: '25 Nov – 29 Nov' })).toHaveAttribute('href', '#week-2026-11-23');
  });

  it('names the practice exams of the last weeks in the table', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2027-01-04" settingsHref="/options.html" />);
    const rows = within(screen.getByRole('table', { name: 'The weeks ahead' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('7 Jan: NBME Form 30');
    expect(rows[2]).toHaveTextContent('12 Jan: USMLE Free 120 (sample questions)');
  });

  it('folds the weeks that are over away', () => {
    const done: Task[] = tasks.map((t) => (t.day < '2026-12-14' ? { ...t, status: 'done' } : t));
    render(<PlanView settings={settings} onboarded tasks={done} today="2026-12-16" settingsHref="/options.html" />);
    expect(screen.getByText('Earlier weeks (3)').closest('details')).not.toHaveAttribute('open');
    const coming = [...document.querySelectorAll('main > .plan-week h2')].map((h) => h.textContent);
    expect(coming[0]).toMatch(/^14 Dec – 20 Dec/);
    expect(coming).toHaveLength(5);
  });

  it('shows a missed task once as missed on its day, and the copy the replanner carried on its new day', () => {
    const block = tasks.find((t) => t.kind === 'question-block' && t.day === '2026-11-25')!;
    const copy: Task = { ...block, id: `${block.id}>2026-11-27`, day: '2026-11-27', order: 9, movedFrom: block.day };
    render(
      <PlanView
        settings={settings}
        onboarded
        tasks={[...tasks, copy]}
        today="2026-11-26"
        settingsHref="/options.html"
      />,
    );
    const day = (name: string) =>
      [...document.querySelectorAll<HTMLElement>('li.plan-day')].find(
        (d) => d.querySelector('h3')?.textContent === name,
      )!;
    const lines = (name: string) =>
      within(day(name))
        .queryAllByText(block.title)
        .map((t) => t.parentElement!);
    expect(lines('Wed 25')).toHaveLength(1);
    expect(lines('Wed 25')[0]).toHaveTextContent(/ · missed$/);
    expect(lines('Fri 27').filter((l) => / · from Wed 25$/.test(l.textContent ?? ''))).toHaveLength(1);
    expect(document.body.textContent?.match(/ · from /g)).toHaveLength(1);
  });

  it('points to the settings when there is no plan yet', () => {
    render(
      <PlanView
        settings={structuredClone(defaultSettings)}
        onboarded={false}
        tasks={[]}
        today="2026-11-25"
        settingsHref="/options.html"
      />,
    );
    expect(screen.getByRole('link', { name: 'Set up your plan' })).toHaveAttribute('href', '/options.html');
  });
});

describe('PlanView and the dates that matter', () => {
  afterEach(cleanup);

  it('shows the latest day to sit with its reasoning, and no warning while the exam date is within it', () => {
    render(
      <PlanView
        settings={{ ...settings, schoolDeadline: '2027-03-31' }}
        onboarded
        tasks={tasks}
        today="2026-11-25"
        settingsHref="/options.html"
      />,
    );
    expect(screen.getByText(/Latest day to sit:/)).toHaveTextContent('Latest day to sit: Wed 17 Feb 2027');
    expect(screen.getByText('How this date is worked out')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('warns, naming the deadline, when the exam date is after the latest day to sit', () => {
    render(
      <PlanView
        settings={{ ...settings, schoolDeadline: '2027-02-15' }}
        onboarded
        tasks={tasks}
        today="2026-11-25"
        settingsHref="/options.html"
      />,
    );
    expect(screen.getByText(/Latest day to sit:/)).toHaveTextContent('Thu 31 Dec 2026');
    expect(screen.getByRole('status')).toHaveTextContent(
      /after your latest day to sit, Thu 31 Dec 2026.*school's deadline, Mon 15 Feb 2027/,
    );
  });

  it('says no date fits when the attempt rules put the next attempt too late for the deadline', () => {
    const attempts = ['2026-01-10', '2026-05-10', '2026-09-10'].map((date, i) => ({
      id: `a${i}`,
      examId: 'usmle-step1',
      date,
      outcome: 'fail' as const,
    }));
    render(
      <PlanView
        settings={{ ...settings, schoolDeadline: '2027-02-15' }}
        onboarded
        tasks={tasks}
        today="2026-11-25"
        settingsHref="/options.html"
        attempts={attempts}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /allow your next attempt on Wed 10 Mar 2027 at the earliest.*no date fits both.*dean or advisor/,
    );
  });

  it('shows nothing of it when neither a deadline nor an eligibility end is set', () => {
    render(<PlanView settings={settings} onboarded tasks={tasks} today="2026-11-25" settingsHref="/options.html" />);
    expect(screen.queryByText(/latest day to sit/i)).toBeNull();
  });
});

describe('the sit-or-reschedule checkpoint on the plan page (issue 18)', () => {
  afterEach(cleanup);

  it('folds what the decision weighs and what a later date costs under the checkpoint, with its source', () => {
    const withDeadline = { ...settings, schoolDeadline: '2027-03-31', eligibilityEnd: '2027-02-28' };
    const planned = buildPlan(planInputFromSettings(withDeadline, withDeadline.startDate, 'p')).tasks;
    const checkpoint = planned.find((t) => t.kind === 'checkpoint')!;
    render(
      <PlanView
        settings={withDeadline}
        onboarded
        tasks={planned}
        today={checkpoint.day}
        settingsHref="/options.html"
      />,
    );
    const line = screen.getByText(checkpoint.title).closest('li')!;
    const details = within(line).getByText('What to weigh, and what a later date costs').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    // Exam 15 January 2027: free changes ended on 30 November 2026, 46 days before, before any form was sat.
    expect(details).toHaveTextContent(
      /The free change ended on Mon 30 Nov 2026: moving the date now costs Prometric's change fee/,
    );
    expect(details).toHaveTextContent(/eligibility period, which ends Sun 28 Feb 2027/);
    expect(details).toHaveTextContent(/not yet confirmed/);
    expect(within(details).getByRole('link', { name: /fsmb/ })).toHaveAttribute(
      'href',
      expect.stringContaining('fsmb'),
    );
  });
});
