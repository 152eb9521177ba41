import { formatMinutes } from '../../lib/domain/format/duration-words';
import type { TaskProgress } from '../../lib/domain/today/task-progress';

/** "40 questions · 70% (80 planned)": what was logged, its accuracy, and what the plan asked for. */
function questionsText({ questionsDone, correctDone, questionsPlanned }: TaskProgress): string {
  const planned = questionsPlanned > 0 ? ` (${questionsPlanned} planned)` : '';
  if (questionsDone === 0) return questionsPlanned > 0 ? ` · 0 of ${questionsPlanned} questions` : '';
  return ` · ${questionsDone} ${questionsDone === 1 ? 'question' : 'questions'} · ${Math.round((100 * correctDone) / questionsDone)}%${planned}`;
}

function Meter({ label, progress }: { label: string; progress: TaskProgress }) {
  const { minutesDone, minutesPlanned } = progress;
  const text = `${formatMinutes(minutesDone)} of ${formatMinutes(minutesPlanned)}${questionsText(progress)}`;
  return (
    <div class="progress-meter">
      <span class="label">{label}</span>
      <meter min={0} max={Math.max(1, minutesPlanned)} value={minutesDone} aria-label={`${label}: ${text}`} />
      <span class="progress-text">{text}</span>
    </div>
  );
}

/** Minutes studied against planned, and the questions logged with their accuracy, today and this week. */
export function ProgressMeters({ day, week }: { day: TaskProgress; week: TaskProgress }) {
  return (
    <div class="progress-meters">
      <Meter label="Today" progress={day} />
      <Meter label="This week" progress={week} />
    </div>
  );
}
