// The states that are not a plan day (before the plan exists, after the exam, an exam date out of range) are rare and
// never come from the first frame's snapshot (only a plan day's frame is worth drawing at once), so their words load
// as a chunk of their own, after the first paint, and the new tab's first-paint bytes carry none of them.
import { useEffect, useState } from 'preact/hooks';
import type { TodayView } from '../../lib/domain/today/today-view';

type DayStates = typeof import('./DayStates');
type OtherView = Exclude<TodayView, { state: 'day' }>;

export function OtherDay({ view, settingsHref }: { view: OtherView; settingsHref: string }) {
  const [states, setStates] = useState<DayStates | undefined>();
  useEffect(() => {
    void import('./DayStates').then(setStates);
  }, []);
  if (!states) return null;
  if (view.state === 'setup') return <states.SetupInvite settingsHref={settingsHref} />;
  if (view.state === 'after-exam') return <states.AfterExam examDate={view.examDate} settingsHref={settingsHref} />;
  return <states.BadExamDate message={view.message} settingsHref={settingsHref} />;
}
