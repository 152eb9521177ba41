import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAM_FEE } from '../../../lib/domain/budget/cost-facts';
import { BudgetSection } from '../../../components/budget/BudgetSection';
import type { BudgetContext } from '../../../components/budget/budget-form';
import { defaultBudgetSettings, type BudgetSettings } from '../../../lib/domain/budget';
import { step1Profile } from '../../../lib/domain/profiles/step1';

const context: BudgetContext = {
  examDate: '2027-03-10',
  eligibilityEnd: '',
  today: '2026-12-02',
  practiceForms: step1Profile.selfAssessments.filter((f) => ['nbme-29', 'nbme-30', 'free-120'].includes(f.id)),
};
const ROWS = [
  'Exam fee',
  'International surcharge',
  'Eligibility extension',
  'Rescheduling',
  'Practice exams',
  'Question bank',
  'Tutoring',
];

function setup(initial: BudgetSettings = defaultBudgetSettings()) {
  const onSave = vi.fn(async (_budget: BudgetSettings) => {});
  render(<BudgetSection initial={initial} context={context} onSave={onSave} />);
  return { onSave, region: () => screen.getByRole('region', { name: 'Retake budget' }) };
}
const setValue = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the Retake budget', () => {
  afterEach(cleanup);

  it('is a region with a number field per cost, the sourced defaults flagged, and the total in dollars', () => {
    const { region } = setup();
    for (const row of ROWS) expect(within(region()).getByLabelText(row)).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText('Exam fee')).toHaveValue(680);
    expect(screen.getByLabelText('Exam fee')).toHaveAccessibleDescription(
      /Read figure: \$680\. Source, not yet confirmed/,
    );
    // Every figure read from a page carries its date and source (issue 11).
    const source = screen.getByText('Source, not yet confirmed', { selector: '#budget-examFee-note summary' });
    expect(source.closest('details')).toHaveTextContent('As of eligibility periods ending in 2025.');
    expect(within(source.closest('details')!).getByRole('link')).toHaveAttribute('href', EXAM_FEE.source);
    expect(screen.getByLabelText('Practice exams')).toHaveValue(120);
    expect(region()).not.toHaveTextContent('Your figure');
    expect(region()).toHaveTextContent('Total $800');
    expect(region()).toHaveTextContent('Already paid: $0 · Still ahead: $800');
  });

  it("adds up the student's own figures as they type, and splits what is paid from what is ahead", async () => {
    setup();
    setValue('Exam fee', '700');
    setValue('Tutoring', '250.50');
    expect(screen.getByLabelText('Exam fee')).toHaveAccessibleDescription(/^Your figure\./);
    expect(screen.getByLabelText('Practice exams')).not.toHaveAccessibleDescription(/Your figure/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Exam fee paid' }));
    expect(screen.getByText(/^Total/)).toHaveTextContent('Total $1,070.50');
    expect(screen.getByText(/Already paid/)).toHaveTextContent('Already paid: $700 · Still ahead: $370.50');
  });

  it('turns the international surcharge on for testing abroad', async () => {
    setup();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I test outside the US and Canada' }));
    expect(screen.getByLabelText('International surcharge')).toHaveValue(195);
    expect(screen.getByText(/^Total/)).toHaveTextContent('Total $995');
  });

  it('saves only the figures the student changed, so the other defaults keep following the plan', async () => {
    const { onSave } = setup();
    setValue('Exam fee', '700');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Exam fee paid' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(onSave).toHaveBeenCalledWith({
      hidden: false,
      testsAbroad: false,
      amounts: { examFee: 700 },
      paid: ['examFee'],
    });
    expect(await screen.findByText('Budget saved.')).toBeInTheDocument();
  });

  it('keeps a figure the student made their own even when it equals the default, and drops it when emptied', async () => {
    const { onSave } = setup({ ...defaultBudgetSettings(), amounts: { examFee: 680, tutoring: 90 } });
    setValue('Tutoring', '');
    await userEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ amounts: { examFee: 680 } }));
  });

  it.each([
    ['-5', /cannot be negative/],
    ['250000', /more than any retake cost/],
  ])('refuses %s next to the field and saves nothing', async (value, message) => {
    const { onSave } = setup();
    setValue('Question bank', value);
    await userEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Question bank')).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText('Question bank')).toHaveFocus();
  });

  it('can be hidden, and shown again', async () => {
    const { onSave } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Hide the budget' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ hidden: true }));
    expect(screen.queryByRole('region', { name: 'Retake budget' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the retake budget' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ hidden: false }));
    expect(screen.getByRole('region', { name: 'Retake budget' })).toBeInTheDocument();
  });

  it('keeps a figure typed and not saved when another section changes the defaults, and says it was updated elsewhere', async () => {
    const onSave = vi.fn(async (_budget: BudgetSettings) => {});
    const { rerender } = render(<BudgetSection initial={defaultBudgetSettings()} context={context} onSave={onSave} />);
    setValue('Exam fee', '725');
    // The plan settings saved a third NBME form: the slot reads again and passes the new defaults.
    const forms = step1Profile.selfAssessments.filter((f) => ['nbme-28', 'nbme-29', 'nbme-30'].includes(f.id));
    rerender(
      <BudgetSection
        initial={defaultBudgetSettings()}
        context={{ ...context, practiceForms: forms }}
        onSave={onSave}
      />,
    );
    expect(await screen.findByText(/^Updated elsewhere/)).toHaveTextContent(
      'Updated elsewhere: Practice exams now shows its new figure. What you typed is kept: save the budget to keep it.',
    );
    expect(screen.getByLabelText('Exam fee')).toHaveValue(725);
    expect(screen.getByLabelText('Practice exams')).toHaveValue(180);
    expect(screen.getByText(/^Total/)).toHaveTextContent('Total $905');
    await userEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ amounts: { examFee: 725 } }));
  });

  it('says nothing when the new read is only its own save coming back', async () => {
    const onSave = vi.fn(async (_budget: BudgetSettings) => {});
    const { rerender } = render(<BudgetSection initial={defaultBudgetSettings()} context={context} onSave={onSave} />);
    setValue('Exam fee', '725');
    await userEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    rerender(<BudgetSection initial={onSave.mock.calls[0]![0]} context={{ ...context }} onSave={onSave} />);
    expect(screen.queryByText(/Updated elsewhere/)).toBeNull();
    expect(screen.getByLabelText('Exam fee')).toHaveValue(725);
  });
});
