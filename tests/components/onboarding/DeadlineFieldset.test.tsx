import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFromSettings } from '../../../components/onboarding/plan-draft';
import { PlanSettingsForm, type PlanSaveResult } from '../../../components/onboarding/PlanSettingsForm';
import { examProfiles } from '../../../lib/domain/profiles';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const TODAY = '2026-12-02';

function setup(stored: Partial<Settings> = {}) {
  const onSave = vi.fn(async (..._args: unknown[]): Promise<PlanSaveResult> => ({
    ok: true,
    summary: 'Your plan is ready: 300 tasks.',
    notes: [],
  }));
  const settings = {
    ...structuredClone(defaultSettings),
    examDate: '2027-03-10',
    startDate: '2026-11-20',
    questionBankLeft: 1200,
    ...stored,
  };
  render(
    <PlanSettingsForm
      initial={draftFromSettings(settings, [], true)}
      profiles={examProfiles}
      today={TODAY}
      onboarded
      planHref="/plan.html"
      onSave={onSave}
      examFeeUSD={700}
    />,
  );
  return { onSave };
}
const setValue = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const deadlineStatus = () => screen.getAllByRole('status').find((el) => el.classList.contains('deadline-notices'))!;
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

describe('the dates that matter in the plan settings', () => {
  afterEach(cleanup);

  it('has the three fields, the results allowance at its default of 6 weeks, and no latest day without a deadline', () => {
    setup();
    expect(screen.getByLabelText('School deadline to pass')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Weeks to allow for results')).toHaveValue(6);
    expect(screen.getByLabelText('Eligibility period ends')).toHaveAttribute('type', 'date');
    expect(screen.queryByText(/latest day to sit/i)).toBeNull();
    expect(deadlineStatus()).toBeEmptyDOMElement();
  });

  it('shows the latest day to sit with its reasoning and sources, and no warning while the exam date is within it', () => {
    setup();
    setValue('School deadline to pass', '2027-04-30');
    expect(screen.getByText(/Latest day to sit:/)).toHaveTextContent('Latest day to sit: Fri 19 Mar 2027');
    const why = screen.getByText('How this date is worked out').closest('details')!;
    expect(why).toHaveTextContent(
      "Your school's deadline is Fri 30 Apr 2027; allowing 6 weeks for the result means sitting by Fri 19 Mar 2027.",
    );
    expect(why).toHaveTextContent(/not yet confirmed/);
    expect(why.querySelectorAll('a[href^="https://"]')).toHaveLength(3);
    expect(deadlineStatus()).toBeEmptyDOMElement();
  });

  it('warns in a status message, naming the deadline, when the exam date moves past the latest day', () => {
    setup({ schoolDeadline: '2027-04-30' });
    setValue('Exam date', '2027-03-26');
    expect(deadlineStatus()).toHaveTextContent(
      /after your latest day to sit, Fri 19 Mar 2027.*7 days after your school's deadline, Fri 30 Apr 2027/,
    );
    setValue('Weeks to allow for results', '4');
    expect(screen.getByText(/Latest day to sit:/)).toHaveTextContent('Fri 2 Apr 2027');
    expect(deadlineStatus()).toBeEmptyDOMElement();
  });

  it('says what an exam date after the eligibility period means, with the fee the student budgets', () => {
    setup({ eligibilityEnd: '2027-02-28' });
    expect(deadlineStatus()).toHaveTextContent(
      /one-time 3-month extension exists.*\$70.*received by Thu 25 Mar 2027.*full exam fee \(\$700\) again/,
    );
  });

  it('saves the deadline, the weeks and the eligibility end with the plan', async () => {
    const { onSave } = setup();
    setValue('School deadline to pass', '2027-06-30');
    setValue('Weeks to allow for results', '8');
    setValue('Eligibility period ends', '2027-03-31');
    await save();
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      schoolDeadline: '2027-06-30',
      resultWeeks: 8,
      eligibilityEnd: '2027-03-31',
    });
  });

  it.each([
    ['School deadline to pass', '2026-11-01', /is in the past/],
    ['Weeks to allow for results', '17', /whole number from 1 to 16/],
    ['Weeks to allow for results', '', /whole number from 1 to 16/],
    ['Eligibility period ends', '2026-11-30', /cannot end before today/],
  ])('refuses %s = %j with a message next to the field, saving nothing', async (label, value, message) => {
    const { onSave } = setup();
    setValue(label, value);
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText(label)).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
  });
});
