import { dayLabel, dayLabelWithYear } from '../../lib/domain/format/day-words';
import type { DayView } from '../../lib/domain/today/today-view';

type Props = Pick<DayView, 'countdown' | 'phase' | 'nextPracticeExam' | 'examDay'> & {
  /** Where today sits between the plan's first day and the exam (absent: no bar). */
  runway?: DayView['runway'];
  examDate: string;
  compact?: boolean;
};

/** "56 days to your exam", the phase and the next practice exam. */
export function Countdown({ countdown, phase, nextPracticeExam, examDay, examDate, runway, compact }: Props) {
  const next = nextPracticeExam;
  const when =
    next &&
    (next.inDays === 0 ? 'today' : next.inDays === 1 ? 'tomorrow' : `${dayLabel(next.day)}, in ${next.inDays} days`);
  return (
    <div class="countdown">
      <p class="countdown-days">{countdown}</p>
      {runway && (
        <div class="runway" role="img" aria-label={`Day ${runway.day} of ${runway.days} of your plan`}>
          <span class="runway-done" style={{ width: `${Math.min(100, (100 * runway.day) / runway.days)}%` }} />
        </div>
      )}
      {!examDay && !compact && <p class="countdown-date">Exam on {dayLabelWithYear(examDate)}</p>}
      <p class="countdown-phase">
        <span class="label">Phase</span> {phase.name}
        {!compact && <span class="muted">: {phase.aim}</span>}
      </p>
      <p class="countdown-next">
        <span class="label">Next practice exam</span> {next ? `${next.title}, ${when}` : 'none in the next two weeks'}
      </p>
    </div>
  );
}
