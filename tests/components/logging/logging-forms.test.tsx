import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFromTask, readBlockDraft } from '../../../components/logging/block-draft';
import { PracticeExamForm } from '../../../components/logging/PracticeExamForm';
import { QuestionBlockForm } from '../../../components/logging/QuestionBlockForm';
import { ReflectionForm } from '../../../components/logging/ReflectionForm';
import { ReplanNotice } from '../../../components/logging/ReplanNotice';
import { examProfile } from '../../../lib/domain/profiles';
import type { Task } from '../../../lib/domain/types';
import { LogInputError } from '../../../lib/services/log-input-error';

const profile = examProfile('usmle-step1');
const blockTask: Task = {
  id: 'qb',
  day: '2026-11-25',
  kind: 'question-block',
  title: 'Cardio block: 40 timed questions',
  minutes: 60,
  questions: 40,
  areaIds: ['cardiovascular'],
  status: 'todo',
  order: 0,
  priority: 2,
};

describe('logging forms', () => {
  afterEach(cleanup);

  it('reads a block draft and refuses more correct answers than questions', () => {
    const draft = { ...draftFromTask(blockTask), correct: '41' };
    expect(readBlockDraft(draft)).toEqual({ error: 'Correct answers cannot be more than 40.' });
    expect(readBlockDraft({ ...draft, correct: '30' }, 'qb')).toMatchObject({
      values: { taskId: 'qb', questions: 40, correct: 30, areaIds: ['cardiovascular'], minutes: 60 },
    });
  });

  it('prefills a block from its task and logs it with a miss', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<QuestionBlockForm areas={profile.areas} areaWord="Systems" task={blockTask} onSubmit={onSubmit} />);
    expect(screen.getByLabelText('Questions')).toHaveValue(40);
    await userEvent.type(screen.getByLabelText('Correct'), '29');
    await userEvent.click(screen.getByRole('button', { name: 'Add a missed question' }));
    await userEvent.type(screen.getByLabelText('Question ID 1'), '20551');
    await userEvent.selectOptions(screen.getByLabelText('Reason 1'), 'Misread the question');
    expect(screen.getByLabelText(/Anki search/)).toHaveValue('tag:*::20551');
    await userEvent.click(screen.getByRole('button', { name: 'Log block' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        taskId: 'qb',
        correct: 29,
        mode: 'timed',
        misses: [{ questionId: '20551', reason: 'misread', areaId: undefined }],
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Block logged');
  });

  it('takes optional right/total counts per area for a block of several areas, and keeps the plain total working', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<QuestionBlockForm areas={profile.areas} areaWord="Systems" task={blockTask} onSubmit={onSubmit} />);
    expect(screen.queryByRole('group', { name: 'Per area (optional)' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pharmacology' }));
    const perArea = screen.getByRole('group', { name: 'Per area (optional)' });
    expect(perArea).toBeInTheDocument();
    // The contract's names stay unique, even to a substring search (Playwright's getByLabel).
    expect(screen.getAllByLabelText(/questions/i)).toHaveLength(1);
    expect(screen.getAllByLabelText(/correct/i)).toHaveLength(1);
    await userEvent.type(screen.getByLabelText('Correct'), '28');
    await userEvent.type(screen.getByLabelText('Cardiovascular System: right'), '20');
    await userEvent.type(screen.getByLabelText('Cardiovascular System: total'), '25');
    await userEvent.type(screen.getByLabelText('Pharmacology: right'), '8');
    await userEvent.type(screen.getByLabelText('Pharmacology: total'), '16');
    await userEvent.click(screen.getByRole('button', { name: 'Log block' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The areas' questions add up to 41, not the block's 40.",
    );
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Pharmacology: total'));
    await userEvent.type(screen.getByLabelText('Pharmacology: total'), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Log block' }));
    expect(onSubmit).toHaveBeenLastCalledWith(
      expect.objectContaining({
        questions: 40,
        correct: 28,
        areaIds: ['cardiovascular', 'pharmacology'],
        areaCounts: [
          { areaId: 'cardiovascular', questions: 25, correct: 20 },
          { areaId: 'pharmacology', questions: 15, correct: 8 },
        ],
      }),
    );

    // Left empty, the block is logged whole, as before (the form starts again from its task after a log).
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pharmacology' }));
    expect(screen.getByLabelText('Pharmacology: total')).toHaveValue(null);
    await userEvent.type(screen.getByLabelText('Correct'), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Log block' }));
    const last = (onSubmit.mock.calls.at(-1) as unknown[] | undefined)?.[0];
    expect(last).toMatchObject({ correct: 30, areaIds: ['cardiovascular', 'pharmacology'] });
    expect(last).not.toHaveProperty('areaCounts');
  });

  it("shows the service's refusal in an alert", async () => {
    render(
      <QuestionBlockForm
        areas={profile.areas}
        areaWord="Systems"
        onSubmit={async () => {
          throw new LogInputError('minutes', 'Minutes must be a whole number from 1 to 720.');
        }}
      />,
    );
    await userEvent.type(screen.getByLabelText('Correct'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Log block' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Minutes must be a whole number');
  });

  it("shows a failed write in plain words, never the browser's raw text", async () => {
    const raw = new DOMException(
      "Failed to execute 'put' on 'IDBObjectStore': The transaction has finished.",
      'TransactionInactiveError',
    );
    render(
      <QuestionBlockForm
        areas={profile.areas}
        areaWord="Systems"
        onSubmit={async () => {
          throw raw;
        }}
      />,
    );
    await userEvent.type(screen.getByLabelText('Correct'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Log block' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Saving failed (TransactionInactiveError): nothing was changed. Please try again.',
    );
    expect(screen.getByLabelText('Correct')).toHaveValue(10);
  });

  it('asks for the pass estimate only for forms whose report gives one', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(
      <PracticeExamForm
        forms={profile.selfAssessments}
        unusedFormIds={['nbme-30']}
        today="2026-11-25"
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByLabelText('Practice exam')).toHaveValue('nbme-30');
    await userEvent.type(screen.getByLabelText('Equated percent correct'), '63');
    await userEvent.type(screen.getByLabelText('Estimated probability of passing (%)'), '58');
    await userEvent.click(screen.getByRole('button', { name: 'Log practice exam' }));
    expect(onSubmit).toHaveBeenCalledWith({
      formId: 'nbme-30',
      day: '2026-11-25',
      percentCorrect: 63,
      passProbability: 58,
    });
    await userEvent.selectOptions(screen.getByLabelText('Practice exam'), 'uwsa1');
    expect(screen.queryByLabelText('Estimated probability of passing (%)')).not.toBeInTheDocument();
  });

  it('says which forms the student has, has taken, and does not have (issue 12: never "already used" for a form they never had)', () => {
    render(
      <PracticeExamForm
        forms={profile.selfAssessments}
        unusedFormIds={['nbme-30']}
        takenFormIds={['nbme-29']}
        today="2026-11-25"
        onSubmit={async () => undefined}
      />,
    );
    const names = [...(screen.getByLabelText('Practice exam') as HTMLSelectElement).options].map((o) => o.text);
    expect(names[0]).toBe('NBME Form 30');
    expect(names).toContain('NBME Form 31 (not in your list)');
    expect(names[names.length - 1]).toBe('NBME Form 29 (taken)');
    expect(names.join()).not.toContain('already used');
  });

  it('needs a mood before saving the reflection', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<ReflectionForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose how the day felt');
    await userEvent.type(screen.getByLabelText('What went well'), 'Renal clicked');
    await userEvent.click(screen.getByRole('radio', { name: '4: Good day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(onSubmit).toHaveBeenCalledWith({ wentWell: 'Renal clicked', hard: '', mood: 4 });
  });

  it('keeps the saved reflection on screen while its confirmation fades (issue 13)', async () => {
    render(<ReflectionForm onSubmit={async () => undefined} />);
    await userEvent.type(screen.getByLabelText('What went well'), 'Renal clicked');
    await userEvent.click(screen.getByRole('radio', { name: '2: Hard day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    const kept = await screen.findByRole('region', { name: 'Your reflection today' });
    expect(kept).toHaveTextContent('Hard day.');
    expect(kept).toHaveTextContent('Went well: Renal clicked');
    expect(screen.getByLabelText('What went well')).toHaveValue('');
    // The confirmation is the element that fades (logging.css), inside a live region that stays.
    expect(screen.getByRole('status').querySelector('.fades')).toHaveTextContent('Saved.');
  });

  it('says what moved and can be dismissed', async () => {
    const onDismiss = vi.fn(async () => undefined);
    render(
      <ReplanNotice
        summary={['3 tasks moved from Monday into free time ahead.', '40 min did not fit before the exam.']}
        onDismiss={onDismiss}
        settingsHref="/options.html"
      />,
    );
    expect(screen.getByRole('link', { name: 'Change your hours or exam date in Settings' })).toHaveAttribute(
      'href',
      '/options.html',
    );
    expect(screen.getByRole('status', { name: 'What moved' })).toHaveTextContent('3 tasks moved from Monday');
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('says so in an alert when an action fails, and lets the student try again', async () => {
    const onDrop = vi.fn(() => Promise.reject(new Error('quota')));
    render(
      <ReplanNotice
        summary={['1 h did not fit before the exam.']}
        canDropLowerPriority
        onDropLowerPriority={onDrop}
        onDismiss={async () => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Drop lower-priority work to fit it in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not save');
    expect(screen.getByRole('button', { name: 'Drop lower-priority work to fit it in' })).toBeEnabled();
  });
});
