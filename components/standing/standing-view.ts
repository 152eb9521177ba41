// "Where I stand", computed from plain records: readiness from the practice exams and the attempt rules from the
// lead's eligibility module, with the school's own deadline shown beside them (never mixed in).
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import { daysBetween, type DayKey } from '../../lib/domain/day';
import { latestDayToSit } from '../../lib/domain/deadlines';
import { attemptEligibility, type Eligibility } from '../../lib/domain/eligibility';
import { attemptRulesOrigin, type FactOrigin } from '../../lib/domain/fact-origin';
import type { ExamProfile } from '../../lib/domain/profiles';
import { goAheadLevels, readiness, type Readiness } from '../../lib/domain/readiness';
import type { Settings } from '../../lib/domain/settings';
import type { Assessment, Attempt } from '../../lib/domain/types';

export interface StandingView {
  readiness: Readiness;
  eligibility: Eligibility;
  /** Where the attempt rules come from, shown beside them; null when the exam has none recorded. */
  attemptRules: FactOrigin | null;
  /** A sentence about the school's deadline, or null when none is set. */
  schoolDeadline: string | null;
}

/**
 * The school's deadline, and whether the exam date leaves time for the result: compared with the latest day to sit
 * (the deadline less the weeks allowed for the result, lib/domain/deadlines), not the deadline itself, since a
 * result that arrives after the deadline misses it however close the sitting was.
 */
export function schoolDeadlineText(
  deadline: DayKey | '',
  examDate: DayKey,
  today: DayKey,
  resultWeeks: number,
): string | null {
  if (deadline === '') return null;
  const days = daysBetween(today, deadline);
  const when =
    days < 0
      ? `was ${dayLabelWithYear(deadline)}`
      : `is ${dayLabelWithYear(deadline)}, ${days} ${days === 1 ? 'day' : 'days'} from today`;
  if (examDate === '') return `Your school's deadline ${when}.`;
  const latest = latestDayToSit({ deadline, resultWeeks, today }).day;
  const allowing = `allowing ${resultWeeks} ${resultWeeks === 1 ? 'week' : 'weeks'} for the result`;
  const fit =
    latest === null
      ? ` No exam date from today leaves the result before it, ${allowing}: talk to your dean's office about it soon.`
      : examDate > latest
        ? ` Your exam date is after your latest day to sit, ${dayLabelWithYear(latest)} (${allowing}): talk to your dean's office about it soon.`
        : ` Your exam date is within your latest day to sit, ${dayLabelWithYear(latest)} (${allowing}).`;
  return `Your school's deadline ${when}.${fit}`;
}

export function standingView(input: {
  settings: Settings;
  profile: ExamProfile;
  assessments: readonly Assessment[];
  attempts: Attempt[];
  today: DayKey;
}): StandingView {
  const { settings, profile, today } = input;
  return {
    readiness: readiness({
      assessments: input.assessments,
      profile,
      goAhead: goAheadLevels(settings),
      rescheduleDeadline: settings.rescheduleDeadline,
      today,
    }),
    eligibility: attemptEligibility(profile.attemptPolicy, input.attempts, today),
    attemptRules: attemptRulesOrigin(profile),
    schoolDeadline: schoolDeadlineText(settings.schoolDeadline, settings.examDate, today, settings.resultWeeks),
  };
}
