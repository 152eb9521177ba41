import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdaptsPanel } from '../../../components/logging/AdaptsPanel';
import type { AdaptsSource } from '../../../components/logging/adapts-source';
import { defaultSettings } from '../../../lib/domain/settings';

function fakeSource(overrides: Partial<AdaptsSource> = {}): AdaptsSource {
  const settings = { ...structuredClone(defaultSettings), examDate: '2027-01-20', startDate: '2026-11-20' };
  return {
    read: async () => ({ settings, today: '2026-11-25', todaysTasks: [], supportNudge: 'It has been two weeks since your last check-in.' }),
    replanIfNeeded: async () => ['2 tasks moved from Monday into free time ahead.'],
    logBlock: vi.fn(async () => undefined),
    logExam: vi.fn(async () => undefined),
    logReflection: vi.fn(async () => undefined),
    subscribe: () => () => undefined,
    ...overrides,
  };
}

describe('AdaptsPanel', () => {
  afterEach(cleanup);

  it('says what moved on opening and passes a logged reflection to the source', async () => {
    const source = fakeSource();
    render(<AdaptsPanel source={source} progressHref="/progress.html" />);
    expect(await screen.findByRole('status', { name: 'What moved' })).toHaveTextContent('2 tasks moved from Monday');
    await userEvent.click(screen.getByText('Evening reflection'));
    await userEvent.click(screen.getByRole('radio', { name: '3: Mixed day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(source.logReflection).toHaveBeenCalledWith({ wentWell: '', hard: '', mood: 3 });
    expect(screen.getByRole('complementary', { name: 'Reach out' })).toHaveTextContent('two weeks');
    expect(screen.getByRole('link', { name: 'See your progress and where you stand' })).toHaveAttribute('href', '/progress.html');
  });

  it('says so in an alert when the plan cannot be read', async () => {
    render(<AdaptsPanel source={fakeSource({ read: () => Promise.reject(new Error('closed')) })} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not read your plan');
  });
});
