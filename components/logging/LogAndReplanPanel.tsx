import { useEffect, useState } from 'preact/hooks';
import { profileOf } from '../../lib/domain/profiles';
import { isOnboarded } from '../../lib/domain/settings';
import { LaterDateCost } from '../deadlines/LaterDateCost';
import { SupportNotice } from '../progress/SupportNotice';
import type { LogPanelData } from '../../lib/domain/today/log-panel-data';
import type { LogAndReplanSource } from './log-and-replan-source';
import { LoggingPanel } from './LoggingPanel';
import { ReplanNotice } from './ReplanNotice';

export interface LogAndReplanPanelProps {
  source: LogAndReplanSource;
  /** The progress page's address (the page knows its extension URL; the component does not). */
  progressHref?: string;
  /** The settings page's address, offered when replanned work did not fit. */
  settingsHref?: string;
  /** The whole plan by week. */
  planHref?: string;
  /** The logs behind one disclosure (the popup, whose first screen is for focus). */
  folded?: boolean;
}

/** The new tab's and popup's plan-keeping panel: replan on open, say what moved, and the three logs. */
export function LogAndReplanPanel({ source, progressHref, settingsHref, planHref, folded }: LogAndReplanPanelProps) {
  const [state, setState] = useState<LogPanelData | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    const reload = () =>
      source.read().then(setState, () => setError('Could not read your plan. Reopen this page to try again.'));
    source
      .replanIfNeeded()
      .catch(() => setError('Could not catch the plan up with missed days. It will try again next time.'))
      .finally(reload);
    return source.subscribe(() => void reload());
  }, [source]);

  if (error) return <p role="alert">{error}</p>;
  if (!state || !isOnboarded(state.settings)) return null;
  return (
    <div class="log-and-replan-panel">
      <ReplanNotice
        summary={state.replanNews.sentences}
        canDropLowerPriority={state.replanNews.unplacedTaskIds.length > 0}
        onDropLowerPriority={() => source.dropLowerPriority()}
        onDismiss={() => source.dismissReplanNews()}
        settingsHref={settingsHref}
      >
        {/* Work that did not fit is what brings the choice "a later date" (lib/domain/replan/replan-choices.ts). */}
        {state.replanNews.unplacedTaskIds.length > 0 && <LaterDateCost settings={state.settings} today={state.today} />}
      </ReplanNotice>
      <SupportNotice message={state.supportNudge} />
      <LoggingPanel
        profile={profileOf(state.settings)}
        today={state.today}
        todaysTasks={state.todaysTasks}
        unusedFormIds={state.settings.practiceFormIds}
        takenFormIds={state.takenFormIds}
        onLogBlock={async (v) => void (await source.logBlock(v))}
        onLogExam={async (v) => void (await source.logExam(v))}
        onLogReflection={async (v) => void (await source.logReflection(v))}
        folded={folded}
      />
      {progressHref && (
        <p class="progress-link">
          <a href={progressHref} target="_blank" rel="noopener">
            See your progress and where you stand
          </a>
        </p>
      )}
      {planHref && (
        <p class="progress-link">
          <a href={planHref} target="_blank" rel="noopener">
            See your whole plan, week by week
          </a>
        </p>
      )}
    </div>
  );
}
