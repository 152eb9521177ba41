import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Countdown } from '../../../components/today/Countdown';
import { countdownText } from '../../../lib/domain/today/countdown';
import { phaseName } from '../../../lib/domain/today/phase-name';

const props = { phase: phaseName('rebuild'), examDay: false, examDate: '2027-01-20', nextPracticeExam: null };

describe('Countdown', () => {
  afterEach(cleanup);

  it.each([
    [56, '56 days to your exam'],
    [1, '1 day to your exam'],
  ])('shows %i days as "%s"', (days, text) => {
    render(<Countdown {...props} countdown={countdownText(days)} />);
    expect(screen.getByText(/\d+ days? to (your )?exam/)).toHaveTextContent(text);
  });

  it('names the phase and the next practice exam', () => {
    render(
      <Countdown
        {...props}
        countdown={countdownText(10)}
        nextPracticeExam={{ day: '2026-11-28', title: 'NBME form 30', inDays: 3 }}
      />,
    );
    expect(screen.getByText(/Rebuild/)).toBeInTheDocument();
    expect(screen.getByText(/NBME form 30, Sat 28 Nov, in 3 days/)).toBeInTheDocument();
  });

  it('says so when no practice exam is near', () => {
    render(<Countdown {...props} countdown={countdownText(10)} />);
    expect(screen.getByText(/none in the next two weeks/)).toBeInTheDocument();
  });
});
