import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskList } from '../../../components/today/TaskList';
import { buildPlan, planInputFromSettings } from '../../../lib/domain/planner';
import { defaultSettings } from '../../../lib/domain/settings';
import { task, TODAY } from './today-fixtures';

describe('TaskList', () => {
  afterEach(cleanup);

  const tasks = [
    task(TODAY, 0, { title: 'Cardiovascular: 40 timed questions', minutes: 60, questions: 40, status: 'done' }),
    task(TODAY, 1, {
      title: 'Review every incorrect answer',
      minutes: 90,
      kind: 'review-incorrects',
      detail: 'One line per miss.',
    }),
  ];

  it('is a list labelled "Today\'s tasks" with a checkbox named by each title', () => {
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={() => undefined} />);
    const list = screen.getByRole('list', { name: "Today's tasks" });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('checkbox', { name: 'Cardiovascular: 40 timed questions' })).toBeChecked();
    expect(within(list).getByRole('checkbox', { name: 'Review every incorrect answer' })).not.toBeChecked();
  });

  it('shows the time estimate and the questions, described on the checkbox', () => {
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={() => undefined} />);
    expect(screen.getByRole('checkbox', { name: 'Cardiovascular: 40 timed questions' })).toHaveAccessibleDescription(
      '1 h · 40 questions',
    );
    expect(screen.getByText('1 h 30 min')).toBeInTheDocument();
    expect(screen.getByText('One line per miss.')).toBeInTheDocument();
  });

  it('keeps done tasks in the list, struck through', () => {
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={() => undefined} />);
    expect(screen.getByText('Cardiovascular: 40 timed questions').closest('li')).toHaveClass('done');
    expect(screen.getByText('Review every incorrect answer').closest('li')).not.toHaveClass('done');
  });

  it('reports a check and an uncheck, by click or by keyboard', async () => {
    const onToggle = vi.fn();
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={onToggle} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Review every incorrect answer' }));
    expect(onToggle).toHaveBeenLastCalledWith(tasks[1]!.id, true);
    screen.getByRole('checkbox', { name: 'Cardiovascular: 40 timed questions' }).focus();
    await userEvent.keyboard(' ');
    expect(onToggle).toHaveBeenLastCalledWith(tasks[0]!.id, false);
  });

  it('leaves out the how-to lines in the compact popup', () => {
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={() => undefined} compact />);
    expect(screen.queryByText('One line per miss.')).toBeNull();
  });

  it('has a "Focus on <title>" button on each task still to do, by click or by keyboard', async () => {
    const onFocus = vi.fn();
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={() => undefined} onFocus={onFocus} />);
    const buttons = screen.getAllByRole('button');
    // The done task has none; the name never starts "Start focus" (the Now card's button owns that).
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Focus on Review every incorrect answer']);
    expect(buttons[0]).toHaveTextContent('Focus');
    await userEvent.click(screen.getByRole('button', { name: 'Focus on Review every incorrect answer' }));
    expect(onFocus).toHaveBeenLastCalledWith(tasks[1]);
    onFocus.mockClear();
    screen.getByRole('checkbox', { name: 'Review every incorrect answer' }).focus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Focus on Review every incorrect answer' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onFocus).toHaveBeenCalledTimes(1);
  });

  it('has no start control where the page gives no way to start one (another day, or no focus control)', () => {
    render(<TaskList tasks={tasks} label="Today's tasks" onToggle={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("shows a planned checkpoint's cut-off and the cost of moving the date on today's list (issue 18)", () => {
    const settings = {
      ...structuredClone(defaultSettings),
      examDate: '2027-01-27',
      startDate: '2026-11-25',
      practiceFormIds: ['nbme-29', 'nbme-30', 'free-120'],
      questionBankLeft: 2000,
      budget: { ...structuredClone(defaultSettings.budget), amounts: { rescheduling: 95 } },
    };
    const planned = buildPlan(planInputFromSettings(settings, settings.startDate, 'p')).tasks;
    const late = planned.filter((t) => t.kind === 'checkpoint').at(-1)!;
    render(<TaskList tasks={[late]} label="Today's tasks" onToggle={() => undefined} />);
    const item = screen.getByRole('checkbox', { name: 'Decide: sit on Wed 27 Jan 2027 or reschedule' }).closest('li')!;
    expect(item).toHaveTextContent(
      /The free change ended on Sat 12 Dec 2026: moving the date now costs Prometric's change fee, \$95 as you entered it/,
    );
    expect(item).toHaveTextContent(/not yet confirmed/);
    // The rule the cost rests on carries its source, folded, as on the plan page (issue 11).
    const source = item.querySelector('details[data-fact-source]') as HTMLElement;
    expect(source).toHaveTextContent('Source, not yet confirmed');
    expect(within(source).getByRole('link', { name: /fsmb/ })).toBeInTheDocument();
  });
});
