import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderSettings } from '../../../components/reminders/ReminderSettings';
import { reminderFieldsOf, reminderProblem } from '../../../components/reminders/reminder-form';
import { defaultSettings } from '../../../lib/domain/settings';

const initial = reminderFieldsOf(defaultSettings);

function renderSection(granted = true) {
  const onSave = vi.fn(() => Promise.resolve());
  const requestIdlePermission = vi.fn(() => Promise.resolve(granted));
  render(<ReminderSettings initial={initial} onSave={onSave} requestIdlePermission={requestIdlePermission} />);
  return { onSave, requestIdlePermission };
}

describe('ReminderSettings', () => {
  afterEach(cleanup);

  it('saves a new evening time and a turned-off morning plan', async () => {
    const { onSave } = renderSection();
    const evening = screen.getByLabelText('Evening review time');
    await userEvent.clear(evening);
    await userEvent.type(evening, '20:30');
    await userEvent.click(screen.getByLabelText('Morning plan'));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ eveningTime: '20:30', notifications: expect.objectContaining({ morning: false }) }),
    );
    expect(await screen.findByText(/Reminders saved/)).toBeInTheDocument();
  });

  it('adds and removes a Sunday study window', async () => {
    const { onSave } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Add a Sunday window' }));
    expect(screen.getByLabelText('Sunday window 1 start')).toHaveValue('09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Monday window 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    const saved = (onSave.mock.calls[0] as unknown as [typeof initial])[0];
    expect(saved.studyWindows[6]).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(saved.studyWindows[0]).toHaveLength(1);
  });

  it('asks for the idle permission when pausing on idle is turned on, and stays off if refused', async () => {
    const { requestIdlePermission } = renderSection(false);
    const toggle = screen.getByLabelText('Pause focus when I step away from the computer');
    await userEvent.click(toggle);
    expect(requestIdlePermission).toHaveBeenCalledOnce();
    expect(await screen.findByRole('alert')).toHaveTextContent('idle');
    expect(toggle).not.toBeChecked();
  });

  it('turns pausing on idle on once the permission is granted', async () => {
    renderSection(true);
    const toggle = screen.getByLabelText('Pause focus when I step away from the computer');
    await userEvent.click(toggle);
    await vi.waitFor(() => expect(toggle).toBeChecked());
  });

  it('refuses a study window that ends before it starts', async () => {
    const { onSave } = renderSection();
    const end = screen.getByLabelText('Tuesday window 1 end');
    await userEvent.clear(end);
    await userEvent.type(end, '07:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tuesday window 1 must end after it starts.');
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('reminderProblem', () => {
  it('accepts the defaults', () => {
    expect(reminderProblem(initial)).toBeNull();
  });

  it('rejects a focus length of zero', () => {
    expect(reminderProblem({ ...initial, focus: { ...initial.focus, focusMinutes: 0 } })).toMatch(/Focus minutes/);
  });
});
