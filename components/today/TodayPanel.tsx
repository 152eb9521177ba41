import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FocusRequest, FocusTask } from '../focus/FocusPanel';
import type { chooseMessage } from '../../lib/domain/encouragement/choose-message';
import { historyAfterShowing } from '../../lib/domain/encouragement/shown-history';
import type { TodayFrame, todayFrame } from '../../lib/domain/today/today-frame';
import type { TodayRecords } from '../../lib/domain/today/today-view';
import type { Task } from '../../lib/domain/types';
import type { TodayContent } from './TodayContent';
import type { TodaySource } from './today-source';
import './today.css';

type Content = typeof TodayContent;
let loading: Promise<Content> | undefined;
let loaded: Content | undefined;

/**
 * The view's components (the cards, the task lists, the ring, the countdown, the message): not in the first paint's
 * chunk, so that a page with no kept first frame paints its empty page from less (issue 19's 15 KB budget); they come
 * with the read, which they wait for anyway. A page that has a first frame drawn loads them before the app renders
 * over it (lib/services/first-frame.ts), as the panel's first render must then draw the same nodes.
 */
export function loadTodayContent(): Promise<Content> {
  loading ??= import('./TodayContent').then((m) => (loaded = m.TodayContent));
  return loading;
}

export interface TodayPanelProps {
  source: TodaySource;
  /** The settings (onboarding) page's address. */
  settingsHref: string;
  compact?: boolean;
  /** The focus control the page puts in the "Now" card, for the task a block would be on, and the latest press of a
   * task's own "Focus" button (a block to start on that task). */
  focus?: (task: FocusTask | undefined, request: FocusRequest | undefined) => ComponentChildren;
  /** What the page adds below (the logs), given the day's next task to do. */
  after?: (nextTask: FocusTask | undefined) => ComponentChildren;
}

const withStatus = (tasks: readonly Task[], taskId: string, done: boolean): Task[] =>
  tasks.map((t): Task => (t.id === taskId ? { ...t, status: done ? 'done' : 'todo' } : t));

/** A tick made on the snapshot's first frame, before the read and the view's code are there. */
function frameWithStatus(frame: TodayFrame, taskId: string, done: boolean): TodayFrame {
  const v = frame.view;
  if (v.state !== 'day') return frame;
  const next = v.nextStudyDay && { ...v.nextStudyDay, tasks: withStatus(v.nextStudyDay.tasks, taskId, done) };
  return { ...frame, view: { ...v, tasks: withStatus(v.tasks, taskId, done), nextStudyDay: next } };
}

/** The new tab's and popup's today: drawn from the snapshot at once, then from one read, and again on every change
 * another page announces. */
export function TodayPanel({ source, settingsHref, compact, focus, after }: TodayPanelProps) {
  // The snapshot's frame is drawn as it is; once the read and the view's code are both there, the frame is made from
  // the records (and made again from them at each tick, so that the progress and the next task follow at once).
  const [early, setEarly] = useState<TodayFrame | undefined>(() => source.snapshot?.());
  const [records, setRecords] = useState<TodayRecords | undefined>();
  const [framer, setFramer] = useState<{ fn: typeof todayFrame } | undefined>();
  const [choose, setChoose] = useState<{ fn: typeof chooseMessage } | undefined>();
  const [error, setError] = useState('');
  const [content, setContent] = useState<{ C: Content } | undefined>(() => loaded && { C: loaded });
  // A task's "Focus" button: a new object each press, which the focus control starts once.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();
  // The read failed (or the database would not open): the page says so calmly instead of staying blank.
  const [unreadable, setUnreadable] = useState(false);
  // A read that started before this page's latest check may return the task unchecked; it is dropped, and the read
  // that follows the write (its broadcast) brings the stored state.
  const generation = useRef(0);
  // Only the latest read started decides what the page says: an older one that settles after it (a broadcast's read
  // overtaken by the read on coming back into view) would otherwise undo its fallback, or its records.
  const latestRead = useRef(0);
  const reload = useCallback(() => {
    const started = generation.current;
    const read = ++latestRead.current;
    Promise.all([source.read(), source.frame()]).then(
      ([next, framed]) => {
        if (started !== generation.current || read !== latestRead.current) return;
        setRecords(next);
        setUnreadable(false);
        keepFirstFrame(source, framed(next), settingsHref);
      },
      () => read === latestRead.current && setUnreadable(true),
    );
  }, [source, settingsHref]);
  useEffect(() => {
    if (!content) void loadTodayContent().then((C) => setContent({ C }));
  }, [content]);
  useEffect(() => {
    reload();
    void source.frame().then((fn) => setFramer({ fn }));
    void source.messages().then((fn) => setChoose({ fn }));
    return source.subscribe(reload);
  }, [source, reload]);

  // A page left open across the day's start (04:00 by default) reads today again: at that moment, and whenever the
  // page comes back into view (a timer sleeps with the computer or in a hidden tab).
  const frame = useMemo(() => (records && framer ? framer.fn(records) : early), [records, framer, early]);
  const dayStartHour = frame?.dayStartHour;
  useEffect(() => {
    if (dayStartHour === undefined || !source.untilNextDay) return;
    const timer = setTimeout(reload, source.untilNextDay(dayStartHour) + 1000);
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [source, reload, dayStartHour, frame?.today]);

  const view = frame?.view;
  const message = useMemo(
    () =>
      view?.state === 'day' && choose
        ? choose.fn(view.situation, view.today, view.messageChoices, view.messageFacts)
        : undefined,
    [view, choose],
  );
  useEffect(() => {
    // Remember today's message once, so that it does not come back within two weeks.
    if (!frame || view?.state !== 'day' || !message) return;
    if (!historyAfterShowing(view.messageChoices.history, view.today, message, view.messageChoices.pinned)) return;
    // Its announcement drops the kept first frame, as every write's does, and this page hears it like any other: the
    // read that follows keeps the frame again, with the message recorded.
    void source.recordShown(view.today, message.id).catch(() => undefined);
  }, [frame, view, message, source]);

  const act = (what: string, action: () => Promise<unknown>) => {
    setError('');
    generation.current++;
    action().then(reload, () => {
      setError(`Could not ${what}. Please try again.`);
      reload();
    });
  };
  const trouble = unreadable && <LazyReadTrouble settingsHref={settingsHref} />;
  const alert = error ? <p role="alert">{error}</p> : null;
  if (!frame || !view || !content)
    return (
      <TodayPage compact={compact}>
        {trouble}
        {alert}
      </TodayPage>
    );
  return (
    <TodayPage compact={compact}>
      {trouble}
      {alert}
      <content.C
        view={view}
        message={message}
        examDate={frame.examDate}
        settingsHref={settingsHref}
        compact={compact}
        focus={focus?.(view.state === 'day' ? view.nextTask : undefined, focusRequest)}
        onFocusTask={focus && ((t) => setFocusRequest({ task: { id: t.id, title: t.title, minutes: t.minutes } }))}
        onToggle={(id, done) => {
          // Show the check at once; the write and the broadcast follow.
          setRecords((r) => (r ? { ...r, tasks: withStatus(r.tasks, id, done) } : r));
          setEarly((f) => (f ? frameWithStatus(f, id, done) : f));
          act(done ? 'check the task' : 'uncheck the task', () => source.setDone(id, done));
        }}
        onPin={(id) => act('pin the message', () => source.pin(id))}
        onUnpin={() => act('unpin the message', () => source.unpin())}
        onHide={(id) => act('hide the message', () => source.hide(id))}
      />
      {after?.(view.state === 'day' ? view.nextTask : undefined)}
    </TodayPage>
  );
}

/** The words for a read that failed: rare, so loaded only then, and the first paint carries none of them. */
function LazyReadTrouble({ settingsHref }: { settingsHref: string }) {
  const [trouble, setTrouble] = useState<{ C: typeof import('../page-trouble/ReadTrouble').ReadTrouble }>();
  useEffect(() => {
    void import('../page-trouble/ReadTrouble').then((m) => setTrouble({ C: m.ReadTrouble }));
  }, []);
  return trouble ? <trouble.C what="Today's plan" settingsHref={settingsHref} /> : null;
}

/** The page around the panel: the new tab's (or, compact, the popup's) main region and its title. */
function TodayPage({ compact, children }: { compact?: boolean; children: ComponentChildren }) {
  return (
    <main class={compact ? 'today-popup' : 'today-page'}>
      <h1>Retake Coach</h1>
      {children}
    </main>
  );
}

/** Keeps `frame` for the next page's first frame (components/today/keep-first-frame.tsx, loaded after the first paint;
 * nothing waits for it). */
function keepFirstFrame(source: TodaySource, frame: TodayFrame, settingsHref: string) {
  if (source.keep) void import('./keep-first-frame').then((m) => m.keepFirstFrame(source, frame, settingsHref));
}
