import { formatMinutes } from '../../lib/domain/replan/replan-summary';
import type { TaskProgress } from '../../lib/domain/today/task-progress';

function Meter({ label, progress }: { label: string; progress: TaskProgress }) {
  const { minutesDone, minutesPlanned, questionsDone, questionsPlanned } = progress;
  const text = `${formatMinutes(minutesDone)} of ${formatMinutes(minutesPlanned)}` + (questionsPlanned > 0 ? ` · ${questionsDone} of ${questionsPlanned} questions` : '');
  return (
    <div class="progress-meter">
      <span class="label">{label}</span>
      <meter min={0} max={Math.max(1, minutesPlanned)} value={minutesDone} aria-label={`${label}: ${text}`} />
      <span class="progress-text">{text}</span>
    </div>
  );
}

/** Minutes (and questions) done against planned, today and this week. */
export function ProgressMeters({ day, week }: { day: TaskProgress; week: TaskProgress }) {
  return (
    <div class="progress-meters">
      <Meter label="Today" progress={day} />
      <Meter label="This week" progress={week} />
    </div>
  );
}
