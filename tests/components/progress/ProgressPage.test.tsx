import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressPage } from '../../../components/progress/ProgressPage';
import { defaultSettings } from '../../../lib/domain/settings';
import type { Assessment, QuestionLog, Task } from '../../../lib/domain/types';

const settings = {
  ...structuredClone(defaultSettings),
  examDate: '2027-01-20',
  startDate: '2026-11-09',
  goAheadPercent: 65,
};
const tasks: Task[] = [
  {
    id: 'a',
    day: '2026-11-23',
    kind: 'question-block',
    title: 'Block',
    minutes: 120,
    status: 'done',
    order: 0,
    priority: 2,
  },
  {
    id: 'b',
    day: '2026-11-24',
    kind: 'content-review',
    title: 'Review',
    minutes: 60,
    status: 'todo',
    order: 0,
    priority: 2,
  },
];
const logs: QuestionLog[] = [
  {
    id: 'l1',
    day: '2026-11-23',
    taskId: 'a',
    questions: 40,
    correct: 22,
    mode: 'timed',
    areaIds: ['cardiovascular'],
    minutes: 60,
    createdAt: '',
  },
  {
    id: 'l2',
    day: '2026-11-24',
    questions: 20,
    correct: 16,
    mode: 'tutor',
    areaIds: ['gastrointestinal'],
    minutes: 30,
    createdAt: '',
  },
];
const assessments: Assessment[] = [
  { id: 'x', day: '2026-11-20', formId: 'nbme-29', percentCorrect: 58, passProbability: 40, createdAt: '' },
];

describe('ProgressPage', () => {
  afterEach(cleanup);

  it('draws each chart as a named picture with its numbers in a table beside it', () => {
    render(
      <ProgressPage
        settings={settings}
        tasks={tasks}
        logs={logs}
        assessments={assessments}
        attempts={[]}
        today="2026-11-25"
      />,
    );
    const pictures = screen.getAllByRole('img');
    expect(pictures).toHaveLength(5);
    for (const picture of pictures) expect(picture).toHaveAccessibleName();
    // The done block counts the 60 minutes logged against it, not its 120-minute estimate; the loose block its 30.
    expect(screen.getByRole('img', { name: /1 h 30 min studied in all/ })).toBeInTheDocument();
    const areas = screen.getByRole('region', { name: 'Percent correct per area: the numbers' });
    expect(within(areas).getByRole('rowheader', { name: 'Cardiovascular System' })).toBeInTheDocument();
    expect(within(areas).getByRole('cell', { name: '55%' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /latest, NBME Form 29, 58% correct\. Your Free 120 go-ahead level is 65% correct/,
      }),
    ).toBeInTheDocument();
  });

  it('says where the student stands in readiness words, with attempts under the limit', () => {
    render(
      <ProgressPage
        settings={settings}
        tasks={tasks}
        logs={logs}
        assessments={assessments}
        attempts={[{ id: 'f', examId: 'usmle-step1', date: '2026-08-01', outcome: 'fail' }]}
        today="2026-11-25"
      />,
    );
    const standing = screen.getByRole('region', { name: 'Where you stand' });
    // Like with like (issue 11): the NBME's 40% chance of passing against the 90% go-ahead probability, not its
    // 58% correct against the Free 120's 65% (the old comparison, "7 points below").
    expect(standing).toHaveTextContent(
      '50 points below your go-ahead level of 90% (an NBME estimated probability of passing)',
    );
    expect(standing).toHaveTextContent('1 of 4 attempts used; 3 left.');
    expect(standing).not.toHaveTextContent(/predict/i);
  });

  it('suggests reaching out after two weeks without a check-in', () => {
    render(
      <ProgressPage
        settings={{ ...settings, supporters: [{ name: 'Dr. Lee', role: 'advisor' }] }}
        tasks={tasks}
        logs={logs}
        assessments={[]}
        attempts={[]}
        today="2026-11-25"
      />,
    );
    expect(screen.getByRole('complementary', { name: 'Reach out' })).toHaveTextContent('Dr. Lee');
  });

  it('draws a calendar of weeks by days up to the exam, a trend against the go-ahead level, tables on request (issue 13)', async () => {
    const second: Assessment = { id: 'y', day: '2026-12-01', formId: 'nbme-30', percentCorrect: 66, createdAt: '' };
    render(
      <ProgressPage
        settings={settings}
        tasks={tasks}
        logs={logs}
        assessments={[...assessments, second]}
        attempts={[]}
        today="2026-12-02"
      />,
    );
    const heat = screen.getByRole('img', { name: /studied in all/ });
    const cells = heat.querySelectorAll('rect.heat');
    // From Monday 9 November (the plan's start) to the exam on Wednesday 20 January: 11 weeks of 7 days and 3 days.
    expect(cells).toHaveLength(10 * 7 + 3);
    expect(new Set([...cells].map((c) => c.getAttribute('y'))).size).toBe(7);
    expect(heat.querySelectorAll('rect.heat-ahead').length).toBe(49);
    expect(heat.querySelector('rect.heat-today title')?.textContent).toBe('Wed 2 Dec: 0 min');
    const scores = screen.getByRole('img', { name: /The trend is up\./ });
    expect(scores.querySelector('.trend-line')).not.toBeNull();
    expect(scores.querySelector('.goal-line')).not.toBeNull();
    // The numbers: hidden from sight but read by screen readers, then shown by the toggle; one date format.
    const table = screen.getByRole('region', { name: 'Practice exams: the numbers' });
    expect(table).toHaveClass('visually-hidden');
    expect(within(table).getByRole('rowheader', { name: 'Tue 1 Dec' })).toBeInTheDocument();
    const figure = screen.getByRole('figure', { name: 'Practice exams' });
    await userEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
    expect(table).toHaveClass('chart-table');
    expect(within(figure).getByRole('button', { name: 'Show as chart' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
  });
});
