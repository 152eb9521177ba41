import { EXAM_FEE } from '../../lib/domain/budget';
import { daysBetween, type DayKey } from '../../lib/domain/day';
import { attemptEligibility } from '../../lib/domain/eligibility';
import { examDateLimitProblem } from '../../lib/domain/limits';
import { profileOf } from '../../lib/domain/profiles';
import { examDayFacts } from '../../lib/domain/profiles/exam-formats';
import type { Settings } from '../../lib/domain/settings';
import type { Attempt, Task } from '../../lib/domain/types';
import { DeadlineStatus } from '../deadlines/DeadlineStatus';
import { FactSource } from '../facts/FactSource';
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import { PHASE_HINTS, PHASE_NAMES } from './plan-format';
import { familiesInPlan } from './area-families';
import { PlanLegend } from './PlanLegend';
import { PlanOverview } from './PlanOverview';
import { PlanTimeline } from './PlanTimeline';
import { planTimeline } from './plan-timeline';
import { PlanWeek } from './PlanWeek';
import { planWeeks } from './plan-weeks';
import './plan.css';

export interface PlanViewProps {
  settings: Settings;
  onboarded: boolean;
  tasks: Task[];
  today: DayKey;
  /** The settings page, where the plan is made and changed. */
  settingsHref: string;
  /** Past attempts, for the earliest date the rules allow (the "no date fits" notice). */
  attempts?: Attempt[];
}

/** The whole plan by week: this week first, earlier weeks folded away. */
export function PlanView({ settings, onboarded, tasks, today, settingsHref, attempts = [] }: PlanViewProps) {
  if (!onboarded) {
    return (
      <main class="plan-page">
        <h1>Your plan</h1>
        <p>
          There is no plan yet. <a href={settingsHref}>Set up your plan</a> in a few minutes.
        </p>
      </main>
    );
  }
  const outOfRange = examDateLimitProblem(settings.examDate, today, settings.startDate);
  if (outOfRange) {
    return (
      <main class="plan-page">
        <h1>Your plan</h1>
        <p role="alert">Your exam date: {outOfRange}</p>
        <p>
          <a href={settingsHref}>Choose the exam date again</a> and the plan is made from it.
        </p>
      </main>
    );
  }
  const weeks = planWeeks(tasks, settings, today);
  const past = weeks.filter((w) => w.days.every((d) => d.isPast));
  const coming = weeks.filter((w) => !w.days.every((d) => d.isPast));
  const daysLeft = daysBetween(today, settings.examDate);
  const profile = profileOf(settings);
  const forms = profile.selfAssessments;
  const current = coming[0]?.days.find((d) => d.isToday)?.phase;
  const formName = (id: string) => forms.find((f) => f.id === id)?.name;
  const examDay = examDayFacts(settings.examId, settings.examDate);
  return (
    <main class="plan-page">
      <header class="plan-header">
        <h1>Your plan</h1>
        <p class="plan-summary">
          {settings.examBooked ? 'Exam' : 'Target date'}: <strong>{dayLabelWithYear(settings.examDate)}</strong>
          {daysLeft > 0 && ` · ${daysLeft === 1 ? '1 day' : `${daysLeft} days`} to go`}
          {current && (
            <>
              {' '}
              · now in <strong>{PHASE_NAMES[current]}</strong> ({PHASE_HINTS[current]})
            </>
          )}
        </p>
        {examDay && (
          <div class="plan-exam-day">
            <p>{examDay.sentence}</p>
            <FactSource origin={examDay.origin} about="the exam day's blocks and break time" />
          </div>
        )}
        {(settings.schoolDeadline !== '' || settings.eligibilityEnd !== '') && (
          <DeadlineStatus
            examDate={settings.examDate}
            schoolDeadline={settings.schoolDeadline}
            resultWeeks={settings.resultWeeks}
            eligibilityEnd={settings.eligibilityEnd}
            earliestAttempt={attemptEligibility(profile.attemptPolicy, attempts, today).earliestNextDate}
            today={today}
            examFeeUSD={settings.budget.amounts.examFee ?? EXAM_FEE.usd}
          />
        )}
        <p class="plan-links">
          <a href={settingsHref}>Change hours, dates or your score report</a>
        </p>
      </header>
      <PlanTimeline view={planTimeline(weeks, formName)} />
      {/* Every week up to the exam: the late practice exams and the Free 120 are the ones a student looks for. */}
      {coming.length > 0 && <PlanOverview weeks={coming} formName={formName} />}
      <PlanLegend
        families={familiesInPlan(
          coming.flatMap((w) => w.days.flatMap((d) => d.tasks)),
          profile.areas,
        )}
      />
      {past.length > 0 && (
        <details class="plan-past">
          <summary>{`Earlier weeks (${past.length})`}</summary>
          {past.map((w) => (
            <PlanWeek key={w.start} week={w} bands={settings.bands} areas={profile.areas} />
          ))}
        </details>
      )}
      {coming.map((w) => (
        <PlanWeek key={w.start} week={w} bands={settings.bands} areas={profile.areas} />
      ))}
    </main>
  );
}
