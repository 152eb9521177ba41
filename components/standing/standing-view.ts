// "Where I stand", computed from plain records: readiness from the practice exams and the attempt rules from the
// lead's eligibility module, with the school's own deadline shown beside them (never mixed in).
import { daysBetween, type DayKey } from '../../lib/domain/day';
import { attemptEligibility, type Eligibility } from '../../lib/domain/eligibility';
import type { ExamProfile } from '../../lib/domain/profiles';
import { readiness, type Readiness } from '../../lib/domain/readiness';
import type { Settings } from '../../lib/domain/settings';
import type { Assessment, Attempt } from '../../lib/domain/types';

export interface StandingView {
  readiness: Readiness;
  eligibility: Eligibility;
  /** A sentence about the school's deadline, or null when none is set. */
  schoolDeadline: string | null;
}

export function schoolDeadlineText(deadline: DayKey | '', examDate: DayKey, today: DayKey): string | null {
  if (deadline === '') return null;
  const days = daysBetween(today, deadline);
  const when = days < 0 ? `was ${deadline}` : `is ${deadline}, ${days} ${days === 1 ? 'day' : 'days'} from today`;
  const fit =
    examDate !== '' && examDate > deadline
      ? " Your exam date is after it: talk to your dean's office about it soon."
      : '';
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
      goAheadPercent: settings.goAheadPercent,
      rescheduleDeadline: settings.rescheduleDeadline,
      today,
    }),
    eligibility: attemptEligibility(profile.attemptPolicy, input.attempts, today),
    schoolDeadline: schoolDeadlineText(settings.schoolDeadline, settings.examDate, today),
  };
}
