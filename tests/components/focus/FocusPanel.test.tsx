import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FocusPanel } from '../../../components/focus/FocusPanel';
import type { FocusPanelSource, FocusPanelState } from '../../../components/focus/focus-panel-source';
import { startSession, stopSession } from '../../../lib/domain/focus';
import { defaultSettings } from '../../../lib/domain/settings';

const T0 = Date.UTC(2026, 10, 25, 15);

/** An in-memory source: what a page would get from lib/services/focus-source.ts. */
function memorySource(state: FocusPanelState) {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const starts: [number, string | undefined][] = [];
  const source: FocusPanelSource = {
    read: () => Promise.resolve(state),
    now: () => T0,
    start: async (minutes, taskId) => {
      starts.push([minutes, taskId]);
      state = { ...state, session: startSession({ id: 's', kind: 'focus', day: '2026-11-25', minutes, taskId }, T0) };
    },
    pause: () => Promise.reject(new Error('storage is gone')),
    resume: () => Promise.resolve(),
    extend: () => Promise.resolve(),
    stop: async () => {
      state = { ...state, session: state.session && stopSession(state.session, T0) };
      changed();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { source, starts };
}

describe('FocusPanel', () => {
  afterEach(cleanup);

  it("starts a block on the day's next task and then offers Stop focus", async () => {
    const { source, starts } = memorySource({
      focus: defaultSettings.focus,
      examBlockMinutes: 30,
      nextTask: { id: 't1', title: 'Renal questions' },
    });
    render(<FocusPanel source={source} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Start focus' }));
    expect(starts).toEqual([[50, 't1']]);
    expect(await screen.findByRole('button', { name: 'Stop focus' })).toBeInTheDocument();
    expect(screen.getByText('50 min left')).toBeInTheDocument();
  });

  it("starts a block on a short task as long as the task, and says the student's pick is to be remembered", async () => {
    const { source, starts } = memorySource({ focus: defaultSettings.focus, examBlockMinutes: 30 });
    const picks: (boolean | undefined)[] = [];
    const remembering = {
      ...source,
      start: (m: number, id?: string, remember?: boolean) => (picks.push(remember), source.start(m, id)),
    };
    const { unmount } = render(
      <FocusPanel source={remembering} nextTask={{ id: 'meet', title: 'Meet your advisor', minutes: 15 }} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Start focus' }));
    expect(starts).toEqual([[15, 'meet']]);
    expect(picks).toEqual([false]);
    unmount();
  });

  it('says so in an alert when an action fails', async () => {
    const { source } = memorySource({
      focus: defaultSettings.focus,
      examBlockMinutes: 30,
      session: startSession({ id: 's', kind: 'focus', day: '2026-11-25', minutes: 50 }, T0),
    });
    render(<FocusPanel source={source} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not pause the block. Please try again.');
  });
});
