import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NowCard } from '../../../components/today/NowCard';
import { addDays } from '../../../lib/domain/day';
import { todayView, type DayView } from '../../../lib/domain/today/today-view';
import { records, task, TODAY } from './today-fixtures';

const dayView = (r: Parameters<typeof todayView>[0]): DayView => {
  const view = todayView(r);
  if (view.state !== 'day') throw new Error(view.state);
  return view;
};

describe('NowCard', () => {
  afterEach(cleanup);

  it('names the next task, the time left today and the day as a ring with its figures in words', () => {
    const tasks = [
      task(TODAY, 0, { title: 'Cardiology block', status: 'done', minutes: 60 }),
      task(TODAY, 1, { title: 'Review incorrects', minutes: 90 }),
    ];
    render(<NowCard view={dayView(records({ tasks }))} focus={<button type="button">Start focus</button>} />);
    const card = screen.getByRole('region', { name: 'Now' });
    expect(card).toHaveTextContent('Next up: Review incorrects');
    expect(card).toHaveTextContent('1 h 30 min of study left today');
    expect(screen.getByRole('img', { name: "Today's progress: 1 h of 2 h 30 min studied" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start focus' })).toBeInTheDocument();
  });

  it('says when the day is done, and on a rest day says so with no ring', () => {
    const done = [task(TODAY, 0, { status: 'done' })];
    render(<NowCard view={dayView(records({ tasks: done }))} />);
    expect(screen.getByRole('region', { name: 'Now' })).toHaveTextContent('Everything planned for today is done.');
    expect(screen.getByRole('region', { name: 'Now' })).toHaveTextContent('Today’s planned time is done.');
    cleanup();
    render(<NowCard view={dayView(records({ tasks: [task(addDays(TODAY, 1), 0)] }))} />);
    expect(screen.getByRole('region', { name: 'Now' })).toHaveTextContent('Rest day: nothing to study today.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
