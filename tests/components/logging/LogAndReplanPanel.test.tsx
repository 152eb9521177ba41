import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogAndReplanPanel } from '../../../components/logging/LogAndReplanPanel';
import type { LogAndReplanSource } from '../../../components/logging/log-and-replan-source';
import { defaultSettings } from '../../../lib/domain/settings';

function fakeSource(overrides: Partial<LogAndReplanSource> = {}): LogAndReplanSource {
  const settings = {
    ...structuredClone(defaultSettings),
    examDate: '2027-01-20',
    startDate: '2026-11-20',
  };
  const replanNews = {
    day: '2026-11-25',
    sentences: ['2 tasks moved from Monday into free time ahead.'],
    unplacedTaskIds: [] as string[],
  };
  return {
    read: async () => ({
      settings,
      replanNews,
      today: '2026-11-25',
      todaysTasks: [],
      supportNudge: 'It has been two weeks since your last check-in.',
    }),
    replanIfNeeded: vi.fn(async () => undefined),
    dropLowerPriority: vi.fn(async () => undefined),
    dismissReplanNews: vi.fn(async () => undefined),
    logBlock: vi.fn(async () => undefined),
    logExam: vi.fn(async () => undefined),
    logReflection: vi.fn(async () => undefined),
    subscribe: () => () => undefined,
    ...overrides,
  };
}

describe('LogAndReplanPanel', () => {
  afterEach(cleanup);

  it('says what moved on opening and passes a logged reflection to the source', async () => {
    const source = fakeSource();
    render(<LogAndReplanPanel source={source} progressHref="/progress.html" planHref="/plan.html" />);
    expect(await screen.findByRole('status', { name: 'What moved' })).toHaveTextContent('2 tasks moved from Monday');
    await userEvent.click(screen.getByText('Evening reflection'));
    await userEvent.click(screen.getByRole('radio', { name: '3: Mixed day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(source.logReflection).toHaveBeenCalledWith({ wentWell: '', hard: '', mood: 3 });
    expect(screen.getByRole('complementary', { name: 'Reach out' })).toHaveTextContent('two weeks');
    expect(screen.getByRole('link', { name: 'See your progress and where you stand' })).toHaveAttribute(
      'href',
      '/progress.html',
    );
    expect(screen.getByRole('link', { name: 'See your whole plan, week by week' })).toHaveAttribute(
      'href',
      '/plan.html',
    );
  });

  it('replans on opening, offers to drop lower-priority work when something did not fit, and dismisses the notice', async () => {
    const base = fakeSource();
    const replanNews = { day: '2026-11-25', sentences: ['2 h did not fit before the exam.'], unplacedTaskIds: ['t1'] };
    const source = fakeSource({ read: async () => ({ ...(await base.read()), replanNews }) });
    render(<LogAndReplanPanel source={source} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Drop lower-priority work to fit it in' }));
    expect(source.dropLowerPriority).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(source.dismissReplanNews).toHaveBeenCalledOnce();
    expect(source.replanIfNeeded).toHaveBeenCalledOnce();
  });

  it('says, when work did not fit, what a later date costs: free until 46 days before, the entered fee after, the eligibility end and the deadline', async () => {
    const base = fakeSource();
    const { settings } = await base.read();
    const replanNews = { day: '2026-11-25', sentences: ['2 h did not fit before the exam.'], unplacedTaskIds: ['t1'] };
    settings.schoolDeadline = '2027-04-30';
    settings.eligibilityEnd = '2027-01-31';
    settings.budget = { ...settings.budget, amounts: { rescheduling: 80 } };
    render(
      <LogAndReplanPanel
        source={fakeSource({ read: async () => ({ ...(await base.read()), settings, replanNews }) })}
      />,
    );
    const notice = await screen.findByRole('status', { name: 'What moved' });
    await userEvent.click(screen.getByText('What a later exam date would cost and mean'));
    expect(notice).toHaveTextContent('Moving your test date is free until Sat 5 Dec 2026, 46 days before it');
    expect(notice).toHaveTextContent('which ends Sun 31 Jan 2027');
    expect(notice).toHaveTextContent(
      "To meet your school's deadline, Fri 30 Apr 2027, the new date must be on or before Fri 19 Mar 2027.",
    );
  });

  it('offers no trade when everything fitted', async () => {
    render(<LogAndReplanPanel source={fakeSource()} />);
    await screen.findByRole('status', { name: 'What moved' });
    expect(screen.queryByText('What a later exam date would cost and mean')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Drop lower-priority work to fit it in' })).toBeNull();
  });

  it('says so in an alert when the plan cannot be read', async () => {
    render(<LogAndReplanPanel source={fakeSource({ read: () => Promise.reject(new Error('closed')) })} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not read your plan');
  });
});
