import { useMemo } from 'preact/hooks';
import type { DayKey } from '../../lib/domain/day';
import { unreadableMessage } from '../../lib/domain/backup/readable-records';
import { profileOf } from '../../lib/domain/profiles';
import { progressSummary } from '../../lib/domain/progress';
import { isOnboarded, type Settings } from '../../lib/domain/settings';
import type { Assessment, Attempt, QuestionLog, Task } from '../../lib/domain/types';
import { StandingPanel } from '../standing/StandingPanel';
import { standingView } from '../standing/standing-view';
import { ProgressView } from './ProgressView';
import './progress.css';

export interface ProgressPageProps {
  settings: Settings;
  tasks: Task[];
  logs: QuestionLog[];
  assessments: Assessment[];
  attempts: Attempt[];
  today: DayKey;
  /** Records left out because they could not be read. */
  unreadable?: number;
}

/** progress.html: where the student stands, then the history as charts with their numbers. */
export function ProgressPage(props: ProgressPageProps) {
  const profile = profileOf(props.settings);
  const summary = useMemo(() => progressSummary(props, props.settings, profile, props.today), [props, profile]);
  const standing = useMemo(() => standingView({ ...props, profile }), [props, profile]);
  return (
    <main class="progress-page">
      <header>
        <h1>Your progress</h1>
        <p>Every number here is something you did. Look for the direction, not for a single bad day.</p>
      </header>
      {!isOnboarded(props.settings) && <p role="alert">There is no plan yet: create one in the settings first.</p>}
      {(props.unreadable ?? 0) > 0 && <p role="status">{unreadableMessage(props.unreadable ?? 0)}</p>}
      <StandingPanel view={standing} examName={profile.name} />
      <ProgressView summary={summary} today={props.today} />
    </main>
  );
}
