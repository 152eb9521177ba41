import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FocusPanel } from '../../../components/focus/FocusPanel';
import type { FocusPanelSource } from '../../../components/focus/focus-panel-source';
import type { FocusView } from '../../../lib/domain/focus/focus-view';
import { startSession, stopSession } from '../../../lib/domain/focus';
import { defaultSettings } from '../../../lib/domain/settings';

const T0 = Date.UTC(2026, 10, 25, 15);

/** An in-memory source: what a page would get from lib/services/focus-source.ts. */
function memorySource(state: FocusView) {
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
      nextTask: { id: 't1', title: 'Renal questions', minutes: 60 },
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

  it('starts a block on a task whose Focus button was pressed, as long as the task within the last length picked', async () => {
    // The student last picked 25 minutes (it became their usual length).
    const { source, starts } = memorySource({
      focus: { ...defaultSettings.focus, focusMinutes: 25 },
      examBlockMinutes: 30,
    });
    const short = { task: { id: 'meet', title: 'Meet your advisor', minutes: 15 } };
    const { rerender } = render(<FocusPanel source={source} startOn={short} />);
    await waitFor(() => expect(starts).toEqual([[15, 'meet']]));
    expect(await screen.findByRole('button', { name: 'Stop focus' })).toBeInTheDocument();
    // The press is seen where the block runs: its first button takes the keyboard focus.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus());
    const long = { task: { id: 'renal', title: 'Renal: 40 questions', minutes: 90 } };
    rerender(<FocusPanel source={source} startOn={long} />);
    await waitFor(() =>
      expect(starts).toEqual([
        [15, 'meet'],
        [25, 'renal'],
      ]),
    );
  });

  it('starts once per press: not again when drawn again, nor over a block already running on that task', async () => {
    const { source, starts } = memorySource({ focus: defaultSettings.focus, examBlockMinutes: 30 });
    const press = { task: { id: 't1', title: 'Renal questions', minutes: 60 } };
    const first = render(<FocusPanel source={source} startOn={press} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop focus' }));
    await screen.findByRole('button', { name: 'Start focus' });
    first.unmount();
    // Drawn again with the same press (the slot came back): the stopped block stays stopped.
    const again = render(<FocusPanel source={source} startOn={press} />);
    await screen.findByRole('button', { name: 'Start focus' });
    await new Promise((r) => setTimeout(r, 20));
    expect(starts).toEqual([[50, 't1']]);
    again.unmount();
    // A new press while a block runs on that very task keeps that block.
    render(<FocusPanel source={source} startOn={{ task: press.task }} />);
    await screen.findByRole('button', { name: 'Stop focus' });
    render(<FocusPanel source={source} startOn={{ task: press.task }} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(starts).toEqual([
      [50, 't1'],
      [50, 't1'],
    ]);
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
