// Facts are shown truthfully (issue 11): every exam fact the UI shows carries its "as of" and its source in a details
// element, and an unverified one says "not yet confirmed". These fail if a fact loses its source.
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DeadlineStatus } from '../../../components/deadlines/DeadlineStatus';
import { LaterDateCost } from '../../../components/deadlines/LaterDateCost';
import { FactSource } from '../../../components/facts/FactSource';
import { ExamFieldset } from '../../../components/onboarding/ExamFieldset';
import { draftFromSettings } from '../../../components/onboarding/plan-draft';
import { StandingPanel } from '../../../components/standing/StandingPanel';
import { attemptEligibility } from '../../../lib/domain/eligibility';
import { examProfiles } from '../../../lib/domain/profiles';
import { standingView } from '../../../components/standing/standing-view';
import {
  ELIGIBILITY_EXTENSION,
  FREE_RESCHEDULE,
  NO_TESTING,
  RESULT_WEEKS,
  SLOW_RESULTS,
  type DatedFact,
} from '../../../lib/domain/deadlines';
import { defaultSettings } from '../../../lib/domain/settings';
import { step1Profile } from '../../../lib/domain/profiles/step1';

/** The details that names `fact`'s source: its summary flags it when unverified, and it holds the "as of". */
function expectSourced(container: Element, fact: Pick<DatedFact, 'asOf' | 'verified'> & { sources: string[] }) {
  for (const source of fact.sources) {
    const link = [...container.querySelectorAll<HTMLAnchorElement>('details.fact-source a')].find(
      (a) => a.getAttribute('href') === source,
    );
    expect(link, `a source link to ${source}`).toBeDefined();
    const details = link!.closest('details')!;
    expect(details).toHaveTextContent(`As of ${fact.asOf}.`);
    expect(details.querySelector('summary')).toHaveTextContent(fact.verified ? /^Source/ : /not yet confirmed/);
  }
}
const dated = (f: DatedFact) => ({ ...f, sources: [f.source] });

describe('FactSource', () => {
  afterEach(cleanup);

  it('folds the date and the source, and says "not yet confirmed" on the summary of an unverified fact', async () => {
    render(
      <FactSource
        origin={{ asOf: '2025-era FSMB page', verified: false, sources: ['https://www.usmle.org/x'] }}
        about="the exam fee"
      />,
    );
    const summary = screen.getByText('Source, not yet confirmed');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(summary).toHaveTextContent('Source, not yet confirmed for the exam fee');
    await userEvent.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(screen.getByRole('link', { name: 'usmle.org' })).toHaveAttribute('href', 'https://www.usmle.org/x');
    expect(screen.getByText(/As of 2025-era FSMB page\./)).toHaveTextContent(/check it before you rely on it/);
  });

  it('is reached from the keyboard (a native summary), and a verified fact says only "Source"', async () => {
    render(<FactSource origin={{ asOf: 'mid-2026', verified: true, sources: ['https://usmle.org/a'] }} />);
    await userEvent.tab();
    expect(screen.getByText('Source')).toHaveFocus();
    expect(screen.getByText('Source').closest('details')).toHaveTextContent('Read on the official page below.');
  });
});

describe('every fact shown carries its source', () => {
  afterEach(cleanup);

  it('the latest day to sit: result times, the January gap, the slow summer results, the extension', () => {
    const { container } = render(
      <DeadlineStatus
        examDate="2027-06-20"
        schoolDeadline="2027-08-30"
        resultWeeks={6}
        eligibilityEnd="2027-05-31"
        earliestAttempt={null}
        today="2026-12-02"
        examFeeUSD={680}
      />,
    );
    for (const fact of [RESULT_WEEKS, NO_TESTING, SLOW_RESULTS, ELIGIBILITY_EXTENSION])
      expectSourced(container, dated(fact));
  });

  it('what a later date costs: the free-change cut-off', () => {
    const settings = { ...defaultSettings, examDate: '2027-03-10' };
    const { container } = render(<LaterDateCost settings={settings} today="2026-12-02" />);
    expectSourced(container, dated(FREE_RESCHEDULE));
  });

  it('where you stand: the attempt rules', () => {
    const view = standingView({
      settings: { ...defaultSettings, examDate: '2027-03-10' },
      profile: step1Profile,
      assessments: [],
      attempts: [{ id: 'a', examId: step1Profile.id, date: '2026-09-01', outcome: 'fail' }],
      today: '2026-12-02',
    });
    const { container } = render(<StandingPanel view={view} examName={step1Profile.name} />);
    const attempts = screen.getByRole('heading', { name: /Attempts at/ }).parentElement!;
    expect(within(attempts).getByText(/^Source/)).toBeInTheDocument();
    expectSourced(container, {
      asOf: view.attemptRules!.asOf,
      verified: true,
      sources: step1Profile.attemptPolicy!.sources,
    });
  });

  it('onboarding, an exam not booked yet: the attempt rules behind the earliest date', () => {
    const attempts = [{ id: 'a', examId: step1Profile.id, date: '2026-09-01', outcome: 'fail' as const }];
    const draft = { ...draftFromSettings({ ...defaultSettings }, attempts, false), notBooked: true };
    const { container } = render(
      <ExamFieldset
        draft={draft}
        profiles={examProfiles}
        eligibility={attemptEligibility(step1Profile.attemptPolicy, attempts, '2026-12-02')}
        today="2026-12-02"
        update={() => undefined}
        problemOf={() => undefined}
      />,
    );
    expectSourced(container, {
      asOf: standingView({
        settings: defaultSettings,
        profile: step1Profile,
        assessments: [],
        attempts,
        today: '2026-12-02',
      }).attemptRules!.asOf,
      verified: true,
      sources: step1Profile.attemptPolicy!.sources,
    });
  });
});
