import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionSettings } from '../../../components/standing/DecisionSettings';

const initial = { goAheadPassProbability: 90, goAheadPercent: 0, rescheduleDeadline: '' };

describe('DecisionSettings', () => {
  afterEach(cleanup);

  it('saves a go-ahead level in each unit (NBME probability of passing, Free 120 percent) and the reschedule deadline', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<DecisionSettings initial={initial} onSave={onSave} />);
    const probability = screen.getByLabelText('Go-ahead NBME probability of passing (%)');
    expect(probability).toHaveValue(90);
    await userEvent.clear(probability);
    await userEvent.type(probability, '85');
    await userEvent.type(screen.getByLabelText('Go-ahead Free 120 score (% correct)'), '66');
    await userEvent.type(screen.getByLabelText('Reschedule deadline'), '2026-12-10');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      goAheadPassProbability: 85,
      goAheadPercent: 66,
      rescheduleDeadline: '2026-12-10',
    });
  });

  it("says where the reports' measures come from, flagged not yet confirmed (issue 11: facts shown truthfully)", () => {
    render(<DecisionSettings initial={initial} onSave={vi.fn()} />);
    const source = screen.getByText('Source, not yet confirmed').closest('details')!;
    expect(source).toHaveTextContent('As of mid-2026.');
    expect(screen.getByRole('link', { name: 'blog.blueprintprep.com' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'medschooltutors.com' })).toBeInTheDocument();
  });

  it('refuses a Free 120 score above 100 in an alert', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<DecisionSettings initial={initial} onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Go-ahead Free 120 score (% correct)'), '150');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('from 0 to 100');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses an empty NBME level: it is always compared', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<DecisionSettings initial={initial} onSave={onSave} />);
    await userEvent.clear(screen.getByLabelText('Go-ahead NBME probability of passing (%)'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('probability of passing from 1 to 100');
    expect(onSave).not.toHaveBeenCalled();
  });
});
