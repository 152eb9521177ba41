import type { DayKey } from '../../lib/domain/day';
import type { ExamProfile } from '../../lib/domain/profiles';
import type { PracticeExamEntry, ReflectionEntry, Task } from '../../lib/domain/types';
import type { BlockValues } from './block-draft';
import { PracticeExamForm } from './PracticeExamForm';
import { QuestionBlockForm } from './QuestionBlockForm';
import { ReflectionForm } from './ReflectionForm';
import './logging.css';

export interface LoggingPanelProps {
  profile: ExamProfile;
  today: DayKey;
  /** Today's tasks: the first unfinished question block prefills the block form. */
  todaysTasks: readonly Task[];
  unusedFormIds: readonly string[];
  takenFormIds?: readonly string[];
  onLogBlock: (values: BlockValues) => Promise<void>;
  onLogExam: (values: PracticeExamEntry) => Promise<void>;
  onLogReflection: (values: ReflectionEntry) => Promise<void>;
  /** All three behind one disclosure, "Log your work" (the popup). */
  folded?: boolean;
}

/** The three logs, each folded into a disclosure so the new tab and the popup stay calm until one is needed. */
export function LoggingPanel(props: LoggingPanelProps) {
  const block = props.todaysTasks.find((t) => t.kind === 'question-block' && t.status === 'todo');
  const hasSystems = props.profile.areas.some((a) => a.category === 'system');
  const logs = (
    <>
      <details>
        <summary>Log a question block</summary>
        <QuestionBlockForm
          areas={props.profile.areas}
          areaWord={hasSystems ? 'Systems and disciplines' : 'Topics'}
          task={block}
          onSubmit={props.onLogBlock}
        />
      </details>
      {props.profile.selfAssessments.length > 0 && (
        <details>
          <summary>Log a practice exam</summary>
          <PracticeExamForm
            forms={props.profile.selfAssessments}
            unusedFormIds={props.unusedFormIds}
            takenFormIds={props.takenFormIds}
            today={props.today}
            onSubmit={props.onLogExam}
          />
        </details>
      )}
      <details>
        <summary>Evening reflection</summary>
        <ReflectionForm onSubmit={props.onLogReflection} />
      </details>
    </>
  );
  if (props.folded)
    return (
      <section class="logging-panel folded" aria-labelledby="logging-title">
        <details>
          <summary id="logging-title" class="logging-summary">
            Log your work
          </summary>
          <div class="logging-forms">{logs}</div>
        </details>
      </section>
    );
  return (
    <section class="logging-panel" aria-labelledby="logging-title">
      <h2 id="logging-title">Log your work</h2>
      {logs}
    </section>
  );
}
