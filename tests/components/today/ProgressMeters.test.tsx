import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressMeters } from '../../../components/today/ProgressMeters';
import type { TaskProgress } from '../../../lib/domain/today/task-progress';

const progress = (fields: Partial<TaskProgress>): TaskProgress => ({
  minutesDone: 0,
  minutesPlanned: 360,
  questionsDone: 0,
  correctDone: 0,
  questionsPlanned: 20,
  tasksDone: 0,
  tasksPlanned: 5,
  ...fields,
});

describe('ProgressMeters', () => {
  afterEach(cleanup);

  it('shows the questions logged and their accuracy, not the planned size of the ticked block (issue 12)', () => {
    render(
      <ProgressMeters
        day={progress({ minutesDone: 90, questionsDone: 40, correctDone: 28 })}
        week={progress({ questionsDone: 40, correctDone: 28, questionsPlanned: 140 })}
      />,
    );
    expect(screen.getByLabelText('Today: 1 h 30 min of 6 h · 40 questions · 70% (20 planned)')).toBeInTheDocument();
    expect(screen.getByText(/^0 min of 6 h · 40 questions · 70% \(140 planned\)$/)).toBeInTheDocument();
  });

  it('before anything is logged, says how many questions are planned', () => {
    render(<ProgressMeters day={progress({})} week={progress({ questionsPlanned: 0 })} />);
    expect(screen.getByLabelText('Today: 0 min of 6 h · 0 of 20 questions')).toBeInTheDocument();
    expect(screen.getByLabelText('This week: 0 min of 6 h')).toBeInTheDocument();
  });
});
