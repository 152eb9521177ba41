import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFromSettings } from '../../../components/onboarding/plan-draft';
import { PlanSettingsForm, type PlanSaveResult } from '../../../components/onboarding/PlanSettingsForm';
import { examProfile, examProfiles } from '../../../lib/domain/profiles';
import { defaultSettings } from '../../../lib/domain/settings';

const TODAY = '2026-11-25';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function setup(onboarded = false) {
  const onSave = vi.fn(async (): Promise<PlanSaveResult> => ({
    ok: true,
    summary: 'Your plan is ready: 300 tasks.',
    notes: ['A note from the planner.'],
  }));
  const settings = onboarded
    ? { ...structuredClone(defaultSettings), examDate: '2027-02-01', startDate: '2026-11-01', questionBankLeft: 1200 }
    : structuredClone(defaultSettings);
  render(
    <PlanSettingsForm
      initial={draftFromSettings(settings, [], onboarded)}
      profiles={examProfiles}
      today={TODAY}
      onboarded={onboarded}
      planHref="/plan.html"
      onSave={onSave}
      examFeeUSD={680}
    />,
  );
  return { onSave };
}

/** Opens an onboarding step by its button in the step list (one step shows at a time before a plan exists). */
const step = (title: string) =>
  userEvent.click(
    within(screen.getByRole('navigation', { name: 'Set-up steps' })).getByRole('button', { name: title, exact: true }),
  );
/** "Create my plan" sits on the last step. */
async function create() {
  await step('People');
  await userEvent.click(screen.getByRole('button', { name: 'Create my plan' }));
}

/** Date inputs take typed text unevenly across DOMs; set the value as the browser would after picking a date. */
const setValue = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('PlanSettingsForm', () => {
  afterEach(cleanup);

  it('once there is a plan, lists the forms already taken and remakes today only when asked (issue 12)', async () => {
    const onSave = vi.fn(async (): Promise<PlanSaveResult> => ({ ok: true, summary: 'Saved.', notes: [] }));
    const settings = {
      ...structuredClone(defaultSettings),
      examDate: '2027-02-01',
      startDate: '2026-11-01',
      questionBankLeft: 1200,
      practiceFormIds: ['nbme-30'],
    };
    render(
      <PlanSettingsForm
        initial={draftFromSettings(settings, [], true)}
        profiles={examProfiles}
        today={TODAY}
        onboarded
        takenForms={[{ formId: 'nbme-29', day: '2026-11-20' }]}
        planHref="/plan.html"
        onSave={onSave}
      />,
    );
    const group = screen.getByRole('group', { name: 'Practice exams available' });
    expect(within(group).getByRole('checkbox', { name: 'NBME Form 30' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'NBME Form 31' })).not.toBeChecked();
    expect(within(group).queryByRole('checkbox', { name: 'NBME Form 29' })).not.toBeInTheDocument();
    expect(within(group).getByText(/Already taken .*NBME Form 29 on Fri 20 Nov 2026/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.anything(), [], { refillToday: false });
    await userEvent.click(screen.getByRole('checkbox', { name: /Make today's unfinished tasks again/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.anything(), [], { refillToday: true });
  });

  it('has every field of the contract, with USMLE Step 1 as the default exam', async () => {
    setup();
    expect(screen.getByLabelText('Exam')).toHaveValue('usmle-step1');
    expect(screen.getByRole('option', { name: 'USMLE Step 2 CK (partial data)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Exam date')).toHaveAttribute('type', 'date');
    for (const day of WEEKDAYS) expect(screen.getByLabelText(`${day} hours`)).toHaveAttribute('type', 'number');
    await step('Score report');
    for (const area of examProfile('usmle-step1').areas) {
      const group = screen.getByRole('group', { name: area.name });
      for (const option of ['Lower', 'About the same', 'Higher', 'Not sure'])
        expect(within(group).getByRole('radio', { name: option })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Question bank questions left')).toBeInTheDocument();
    await step('Questions and forms');
    expect(screen.getByLabelText('Practice exams available')).toBe(
      screen.getByRole('group', { name: 'Practice exams available' }),
    );
    expect(
      within(screen.getByRole('group', { name: 'Practice exams available' })).getByRole('checkbox', {
        name: 'USMLE Free 120 (sample questions)',
      }),
    ).toBeInTheDocument();
    await step('People');
    expect(screen.getByRole('button', { name: 'Create my plan' })).toBeInTheDocument();
  });

  it('hands over the fields as settings and shows the link to the plan', async () => {
    const { onSave } = setup();
    setValue(screen.getByLabelText('Exam date'), '2027-01-20');
    await step('Time');
    await userEvent.clear(screen.getByLabelText('Saturday hours'));
    await userEvent.type(screen.getByLabelText('Saturday hours'), '4.5');
    await step('Score report');
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Cardiovascular System' })).getByRole('radio', { name: 'Lower' }),
    );
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '2400');
    await userEvent.click(screen.getByRole('checkbox', { name: 'NBME Form 30' }));
    await create();
    expect(onSave).toHaveBeenCalledTimes(1);
    const [values] = onSave.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(values).toMatchObject({
      examId: 'usmle-step1',
      examDate: '2027-01-20',
      examBooked: true,
      weekdayMinutes: [360, 360, 360, 360, 360, 270, 0],
      bands: { cardiovascular: 'lower' },
      questionBankLeft: 2400,
      practiceFormIds: ['nbme-30'],
    });
    const status = await screen.findByText('Your plan is ready: 300 tasks.');
    expect(
      within(status.closest('[role="status"]') as HTMLElement).getByRole('link', { name: 'See your whole plan' }),
    ).toHaveAttribute('href', '/plan.html');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });

  it('puts each message next to its field, sums them up in an alert, focuses the first, and saves nothing', async () => {
    const { onSave } = setup();
    setValue(screen.getByLabelText('Exam date'), '2026-11-20');
    await step('Time');
    await userEvent.clear(screen.getByLabelText('Tuesday hours'));
    await userEvent.type(screen.getByLabelText('Tuesday hours'), '-2');
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '99999');
    await create();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('3 things need fixing');
    const date = screen.getByLabelText('Exam date');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/is not in the future/);
    expect(screen.getByLabelText('Tuesday hours')).toHaveAccessibleDescription(
      'Tuesday: hours cannot be negative; 0 makes it a day off.',
    );
    expect(screen.getByLabelText('Question bank questions left')).toHaveAccessibleDescription(
      /99999 is more than any question bank holds/,
    );
    expect(date).toHaveFocus();
  });

  it('says what is still possible when the exam is too close', async () => {
    const { onSave } = setup();
    setValue(screen.getByLabelText('Exam date'), '2026-11-29');
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '100');
    await create();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Exam date')).toHaveAccessibleDescription(
      /in 4 days.*you can still take the Free 120/,
    );
  });

  it("refuses a week with too few hours, with the planner's own sentence next to the hours", async () => {
    setup();
    setValue(screen.getByLabelText('Exam date'), '2027-01-20');
    await step('Time');
    for (const day of WEEKDAYS) {
      await userEvent.clear(screen.getByLabelText(`${day} hours`));
      await userEvent.type(screen.getByLabelText(`${day} hours`), day === 'Monday' ? '2' : '0');
    }
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '100');
    await create();
    expect(screen.getByRole('group', { name: 'Study hours per day' })).toHaveAccessibleDescription(
      /at least 10 hours of study a week; your week has 2 hours/,
    );
    expect(screen.getByLabelText('Monday hours')).toHaveFocus();
  });

  it('shows the earliest date the attempt rules allow while the exam is not booked, and holds the target to it', async () => {
    const { onSave } = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Not booked yet' }));
    for (const date of ['2026-02-01', '2026-06-01', '2026-10-01']) {
      await userEvent.click(screen.getByRole('button', { name: 'Add a past attempt' }));
      const inputs = screen.getAllByLabelText(/^Attempt \d date$/);
      setValue(inputs[inputs.length - 1]!, date);
    }
    expect(screen.getByText('Earliest date the attempt rules allow: Thu 1 Apr 2027.')).toBeInTheDocument();
    setValue(screen.getByLabelText('Exam date'), '2027-01-20');
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '100');
    await create();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Exam date')).toHaveAccessibleDescription(
      /allow your next attempt on Thu 1 Apr 2027 at the earliest/,
    );
  });

  it("shows the service's refusal beside the field and keeps the create button", async () => {
    const onSave = vi.fn(async (): Promise<PlanSaveResult> => ({
      ok: false,
      problems: [{ field: 'practice-exams', message: 'NBME Form 30 takes about 5 h 30 min.' }],
    }));
    render(
      <PlanSettingsForm
        initial={draftFromSettings(structuredClone(defaultSettings), [], false)}
        profiles={examProfiles}
        today={TODAY}
        onboarded={false}
        planHref="/plan.html"
        onSave={onSave}
        examFeeUSD={680}
      />,
    );
    setValue(screen.getByLabelText('Exam date'), '2027-01-20');
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '100');
    await create();
    expect(await screen.findByRole('alert')).toHaveTextContent('NBME Form 30 takes about 5 h 30 min.');
    expect(screen.getByRole('group', { name: 'Practice exams available' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Create my plan' })).toBeInTheDocument();
  });

  it('takes a log made in another page into the fields not touched, and keeps what the student typed (issue 12)', async () => {
    const onSave = vi.fn(async (): Promise<PlanSaveResult> => ({ ok: true, summary: 'Saved.', notes: [] }));
    const stored = {
      ...structuredClone(defaultSettings),
      examDate: '2027-02-01',
      startDate: '2026-11-01',
      questionBankLeft: 2400,
      practiceFormIds: ['nbme-29', 'nbme-30'],
    };
    const form = (settings: typeof stored, taken: { formId: string; day: string }[] = []) => (
      <PlanSettingsForm
        initial={draftFromSettings(settings, [], true)}
        profiles={examProfiles}
        today={TODAY}
        onboarded
        takenForms={taken}
        planHref="/plan.html"
        onSave={onSave}
      />
    );
    const { rerender } = render(form(stored));
    await userEvent.clear(screen.getByLabelText('Monday hours'));
    await userEvent.type(screen.getByLabelText('Monday hours'), '3');
    // A block of 40 and NBME Form 29 are logged in the new tab: the bank and the forms refresh, Monday stays.
    rerender(
      form({ ...stored, questionBankLeft: 2360, practiceFormIds: ['nbme-30'] }, [{ formId: 'nbme-29', day: TODAY }]),
    );
    expect(screen.getByLabelText('Question bank questions left')).toHaveValue(2360);
    expect(screen.getByLabelText('Monday hours')).toHaveValue(3);
    expect(screen.queryByRole('checkbox', { name: 'NBME Form 29' })).toBeNull();
    expect(screen.queryByText(/Updated elsewhere/)).toBeNull();

    // Now the student types a bank count of their own, and another block is logged: theirs is kept, and said so.
    await userEvent.clear(screen.getByLabelText('Question bank questions left'));
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '3000');
    rerender(
      form({ ...stored, questionBankLeft: 2340, practiceFormIds: ['nbme-30'] }, [{ formId: 'nbme-29', day: TODAY }]),
    );
    expect(screen.getByLabelText('Question bank questions left')).toHaveValue(3000);
    expect(
      screen.getByText(/Updated elsewhere since you started typing: questions left in your bank \(now 2340\)/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        questionBankLeft: 3000,
        practiceFormIds: ['nbme-30'],
        weekdayMinutes: expect.arrayContaining([180]),
      }),
      [],
      { refillToday: false },
    );
  });

  it('keeps a light day each week unless the student turns it off, saying plainly what it is for (issue 11, rule 2)', async () => {
    const { onSave } = setup(true);
    const light = screen.getByRole('checkbox', { name: 'Keep one light day each week' });
    expect(light).toBeChecked();
    expect(light).toHaveAccessibleDescription(/an hour or less, even if you offer all seven.*settles/);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ lightDayEachWeek: true }), [], {
      refillToday: false,
    });
    await userEvent.click(light);
    expect(light).not.toBeChecked();
    expect(light).toHaveAccessibleDescription(/Every day is planned as full as its hours/);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ lightDayEachWeek: false }), [], {
      refillToday: false,
    });
  });

  it('adds a practice exam that is not listed, with its kind and length, ticked; refuses a bad one; removes it (rule 3)', async () => {
    const { onSave } = setup(true);
    const group = () => screen.getByRole('group', { name: 'Add a practice exam that is not listed' });
    await userEvent.type(within(group()).getByLabelText('Name of the practice exam'), 'NBME Form 32');
    await userEvent.click(within(group()).getByRole('button', { name: 'Add this practice exam' }));
    expect(within(group()).getByRole('alert')).toHaveTextContent(/sitting time in whole minutes/);
    await userEvent.selectOptions(within(group()).getByLabelText('Kind'), 'NBME (Form 32 on, CBSSA)');
    await userEvent.type(within(group()).getByLabelText('Sitting time in minutes'), '320{Enter}');
    expect(within(group()).queryByRole('alert')).not.toBeInTheDocument();
    const forms = screen.getByRole('group', { name: 'Practice exams available' });
    expect(within(forms).getByRole('checkbox', { name: /NBME Form 32 \(5 h 20 min, added by you\)/ })).toBeChecked();
    await userEvent.type(within(group()).getByLabelText('Name of the practice exam'), 'nbme form 32');
    await userEvent.type(within(group()).getByLabelText('Sitting time in minutes'), '300');
    await userEvent.click(within(group()).getByRole('button', { name: 'Add this practice exam' }));
    expect(within(group()).getByRole('alert')).toHaveTextContent('nbme form 32 is already in the list.');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const added = { id: 'nbme-custom-1', kind: 'nbme', name: 'NBME Form 32', minutes: 320, questions: null };
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ customForms: [added], practiceFormIds: ['nbme-custom-1'] }),
      [],
      { refillToday: false },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove NBME Form 32' }));
    expect(within(forms).queryByRole('checkbox', { name: /NBME Form 32/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ customForms: [], practiceFormIds: [] }), [], {
      refillToday: false,
    });
  });

  it('offers Save changes and the plan link once onboarded', () => {
    setup(true);
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your whole plan' })).toHaveAttribute('href', '/plan.html');
    expect(screen.getByLabelText('Question bank questions left')).toHaveValue(1200);
  });

  it('hands over a parallel track and the supporters with a name', async () => {
    const { onSave } = setup();
    setValue(screen.getByLabelText('Exam date'), '2027-01-20');
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '800');
    await step('People');
    await userEvent.selectOptions(screen.getByLabelText('Parallel track'), 'clinical');
    await userEvent.type(screen.getByLabelText('Parallel track hours per week'), '8');
    await userEvent.click(screen.getByRole('button', { name: 'Add a supporter' }));
    await userEvent.type(screen.getByLabelText('Supporter 1 name'), 'Dr Rivera');
    await userEvent.selectOptions(screen.getByLabelText('Supporter 1 role'), 'dean');
    await userEvent.click(screen.getByRole('button', { name: 'Add a supporter' }));
    await create();
    const [values] = onSave.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(values).toMatchObject({
      parallelTrack: { kind: 'clinical', hoursPerWeek: 8 },
      supporters: [{ name: 'Dr Rivera', role: 'dean' }],
    });
  });

  it('adds and removes blocked dates', async () => {
    setup();
    await step('Time');
    setValue(screen.getByLabelText('Date to block'), '2026-12-25');
    await userEvent.click(screen.getByRole('button', { name: 'Block this date' }));
    expect(
      within(screen.getByRole('list', { name: 'Blocked dates' })).getByText('Fri 25 Dec 2026'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Unblock Fri 25 Dec 2026' }));
    expect(screen.queryByRole('list', { name: 'Blocked dates' })).not.toBeInTheDocument();
  });

  it('shows one set-up step at a time, moved by Next and Back, and by Enter in a field (issue 13)', async () => {
    setup();
    const current = () => screen.getByRole('group', { name: /^Step \d of 5: / });
    expect(current()).toHaveAccessibleName('Step 1 of 5: Exam');
    expect(screen.queryByRole('group', { name: 'Practice exams available' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create my plan' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next: Time' }));
    expect(current()).toHaveAccessibleName('Step 2 of 5: Time');
    expect(current()).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Monday hours'), '{Enter}');
    expect(current()).toHaveAccessibleName('Step 3 of 5: Score report');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(current()).toHaveAccessibleName('Step 2 of 5: Time');
    expect(
      within(screen.getByRole('navigation', { name: 'Set-up steps' })).getByRole('button', { name: 'Time' }),
    ).toHaveAttribute('aria-current', 'step');
  });

  it('sends a problem back to its step, and offers a new tab once the plan is made (issue 13)', async () => {
    const onOpenNewTab = vi.fn();
    const onSave = vi.fn(async (): Promise<PlanSaveResult> => ({
      ok: true,
      summary: 'Your plan is ready.',
      notes: [],
    }));
    render(
      <PlanSettingsForm
        initial={draftFromSettings(structuredClone(defaultSettings), [], false)}
        profiles={examProfiles}
        today={TODAY}
        onboarded={false}
        planHref="/plan.html"
        onSave={onSave}
        onOpenNewTab={onOpenNewTab}
      />,
    );
    setValue(screen.getByLabelText('Exam date'), '2027-01-20');
    await step('Time');
    await userEvent.clear(screen.getByLabelText('Monday hours'));
    await userEvent.type(screen.getByLabelText('Monday hours'), '30');
    await step('Questions and forms');
    await userEvent.type(screen.getByLabelText('Question bank questions left'), '800');
    await create();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Monday hours')).toHaveFocus();
    // The message sits under the grid at full width, not inside the day's narrow cell.
    expect(document.getElementById('hours-0-error')?.closest('.hours-grid')).toBeNull();
    await userEvent.clear(screen.getByLabelText('Monday hours'));
    await userEvent.type(screen.getByLabelText('Monday hours'), '6');
    await userEvent.click(screen.getByRole('button', { name: 'Create my plan' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    await userEvent.click(await screen.findByRole('button', { name: 'Open a new tab' }));
    expect(onOpenNewTab).toHaveBeenCalledTimes(1);
  });
});
