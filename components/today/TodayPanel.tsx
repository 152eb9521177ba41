import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { chooseMessage } from '../../lib/domain/encouragement/choose-message';
import { historyAfterShowing } from '../../lib/domain/encouragement/shown-history';
import { todayView, type TodayRecords } from '../../lib/domain/today/today-view';
import type { Task } from '../../lib/domain/types';
import { TodayContent } from './TodayContent';
import type { TodaySource } from './today-source';
import './today.css';

export interface TodayPanelProps {
  source: TodaySource;
  /** The settings (onboarding) page's address. */
  settingsHref: string;
  compact?: boolean;
  /** What the page adds below (the focus control and the logs), given the day's next task to do. */
  after?: (nextTask: { id: string; title: string } | undefined) => ComponentChildren;
}

const withStatus = (records: TodayRecords, taskId: string, done: boolean): TodayRecords => ({
  ...records,
  tasks: records.tasks.map((t): Task => (t.id === taskId ? { ...t, status: done ? 'done' : 'todo' } : t)),
});

/** The new tab's and popup's today: drawn from the snapshot at once, then from one read, and again on every change
 * another page announces. */
export function TodayPanel({ source, settingsHref, compact, after }: TodayPanelProps) {
  const [records, setRecords] = useState<TodayRecords | undefined>(() => source.snapshot?.());
  const [choose, setChoose] = useState<{ fn: typeof chooseMessage } | undefined>();
  const [error, setError] = useState('');
  // A read that started before this page's latest check may return the task unchecked; it is dropped, and the read
  // that follows the write (its broadcast) brings the stored state.
  const generation = useRef(0);
  const reload = useCallback(() => {
    const started = generation.current;
    source.read().then(
      (next) => started === generation.current && setRecords(next),
      () => setError('Could not read your plan. Reopen this page to try again.'),
    );
  }, [source]);
  useEffect(() => {
    reload();
    void source.messages().then((fn) => setChoose({ fn }));
    return source.subscribe(reload);
  }, [source, reload]);

  // A page left open across the day's start (04:00 by default) reads today again: at that moment, and whenever the
  // page comes back into view (a timer sleeps with the computer or in a hidden tab).
  const dayStartHour = records?.settings.dayStartHour;
  useEffect(() => {
    if (dayStartHour === undefined || !source.untilNextDay) return;
    const timer = setTimeout(reload, source.untilNextDay(dayStartHour) + 1000);
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [source, reload, dayStartHour, records?.today]);

  const view = useMemo(() => (records ? todayView(records) : undefined), [records]);
  const message = useMemo(
    () => (view?.state === 'day' && choose ? choose.fn(view.situation, view.today, view.messageChoices) : undefined),
    [view, choose],
  );
  useEffect(() => {
    // Remember today's message once, so that it does not come back within two weeks.
    if (view?.state !== 'day' || !message) return;
    if (historyAfterShowing(view.messageChoices.history, view.today, message, view.messageChoices.pinned))
      void source.recordShown(view.today, message.id).catch(() => undefined);
  }, [view, message, source]);

  const act = (what: string, action: () => Promise<unknown>) => {
    setError('');
    generation.current++;
    action().then(reload, () => {
      setError(`Could not ${what}. Please try again.`);
      reload();
    });
  };
  if (!records || !view) return error ? <p role="alert">{error}</p> : null;
  return (
    <>
      {error && <p role="alert">{error}</p>}
      <TodayContent
        view={view}
        message={message}
        examDate={records.settings.examDate}
        settingsHref={settingsHref}
        compact={compact}
        onToggle={(id, done) => {
          // Show the check at once; the write and the broadcast follow.
          setRecords((r) => (r ? withStatus(r, id, done) : r));
          act(done ? 'check the task' : 'uncheck the task', () => source.setDone(id, done));
        }}
        onPin={(id) => act('pin the message', () => source.pin(id))}
        onUnpin={() => act('unpin the message', () => source.unpin())}
        onHide={(id) => act('hide the message', () => source.hide(id))}
      />
      {after?.(view.state === 'day' ? view.nextTask : undefined)}
    </>
  );
}
