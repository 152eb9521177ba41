import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionSettings } from '../../../components/standing/DecisionSettings';

describe('DecisionSettings', () => {
  afterEach(cleanup);

  it('saves the go-ahead score and the reschedule deadline', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<DecisionSettings initial={{ goAheadPercent: 0, rescheduleDeadline: '' }} onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Go-ahead practice score (%)'), '66');
    await userEvent.type(screen.getByLabelText('Reschedule deadline'), '2026-12-10');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ goAheadPercent: 66, rescheduleDeadline: '2026-12-10' });
  });

  it('refuses a score above 100 in an alert', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<DecisionSettings initial={{ goAheadPercent: 0, rescheduleDeadline: '' }} onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Go-ahead practice score (%)'), '150');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('from 0 to 100');
    expect(onSave).not.toHaveBeenCalled();
  });
});
