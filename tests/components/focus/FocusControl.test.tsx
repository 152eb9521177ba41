import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FocusControl, type FocusControlProps } from '../../../components/focus/FocusControl';
import { focusControlView } from '../../../components/focus/focus-control-view';
import { pauseSession, startSession } from '../../../lib/domain/focus';

const T0 = Date.UTC(2026, 10, 25, 15);
const MIN = 60_000;
const block = startSession({ id: 'f', kind: 'focus', day: '2026-11-25', minutes: 50, taskId: 't' }, T0);

function renderControl(props: Partial<FocusControlProps> = {}) {
  const handlers = { onStart: vi.fn(), onPause: vi.fn(), onResume: vi.fn(), onExtend: vi.fn(), onStop: vi.fn() };
  render(<FocusControl now={T0} defaultMinutes={50} {...handlers} {...props} />);
  return handlers;
}

describe('FocusControl', () => {
  afterEach(cleanup);

  it('starts a block of the default length', async () => {
    const { onStart } = renderControl({ taskTitle: 'Renal questions' });
    expect(screen.getByText('Next up: Renal questions')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start focus' }));
    // Not picked by the student: their usual length stays as it is.
    expect(onStart).toHaveBeenCalledWith(50, false);
  });

  it('in the Now card, reaches Start focus before the length by keyboard, as they stand on the screen', async () => {
    renderControl({ inCard: true });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Start focus' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByLabelText('Focus length')).toHaveFocus();
  });

  it('starts a 30-minute exam-like block when that length is chosen', async () => {
    const { onStart } = renderControl();
    await userEvent.selectOptions(screen.getByLabelText('Focus length'), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Start focus' }));
    // Picked: it becomes their usual length (issue 13).
    expect(onStart).toHaveBeenCalledWith(30, true);
  });

  it('refuses a custom length out of range and says why', async () => {
    const { onStart } = renderControl();
    await userEvent.selectOptions(screen.getByLabelText('Focus length'), 'custom');
    await userEvent.type(screen.getByLabelText('Minutes'), '500');
    expect(screen.getByRole('alert')).toHaveTextContent('1 to 180');
    expect(screen.getByRole('button', { name: 'Start focus' })).toBeDisabled();
    await userEvent.clear(screen.getByLabelText('Minutes'));
    await userEvent.type(screen.getByLabelText('Minutes'), '45');
    await userEvent.click(screen.getByRole('button', { name: 'Start focus' }));
    expect(onStart).toHaveBeenCalledWith(45, true);
  });

  it('shows the time left and offers pause, +10 min and stop while a block runs', async () => {
    const { onPause, onExtend, onStop } = renderControl({
      session: block,
      now: T0 + 8 * MIN,
      taskTitle: 'Renal questions',
    });
    expect(screen.getByText('42 min left')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start focus' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add 10 minutes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stop focus' }));
    expect([onPause, onExtend, onStop].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('offers resume for a paused block', async () => {
    const { onResume } = renderControl({ session: pauseSession(block, T0 + MIN), now: T0 + 9 * MIN });
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('shows an error in an alert', () => {
    renderControl({ error: 'Could not start the block.' });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not start the block.');
  });
});

describe('focusControlView', () => {
  it('says a pause came from stepping away', () => {
    expect(focusControlView(pauseSession(block, T0 + MIN, 'idle'), T0 + 20 * MIN, 'Renal questions')).toEqual({
      mode: 'focus-paused',
      remaining: '49 min left',
      status: 'Paused while you were away on Renal questions.',
    });
  });

  it('treats a block whose time ran out as over', () => {
    expect(focusControlView(block, T0 + 51 * MIN).mode).toBe('idle');
  });

  it('shows a break with its own words', () => {
    const rest = startSession({ id: 'b', kind: 'long-break', day: '2026-11-25', minutes: 30 }, T0);
    expect(focusControlView(rest, T0 + 5 * MIN)).toMatchObject({ mode: 'break', remaining: '25 min left' });
  });
});
