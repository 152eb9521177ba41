// The today view's reads and writes for a page. The first frame comes from the snapshot the last read left in
// localStorage (lib/platform/today-snapshot.ts); the read then opens the database and reads it directly, without the
// service worker and without the page's full service context. The read, the writes and that context (alarm sync and
// all) are chunks of their own, loaded after the first frame, so the new tab's first paint carries none of them.
import { TODAY_READ, touches } from '../db/today-scope';
import { nextPlanDayAt, type DayKey } from '../domain/day';
import type { TodayFrame } from '../domain/today/today-frame';
import type { TodayRecords } from '../domain/today/today-view';
import { onChange } from '../platform/change-channel';
// In the first paint's chunk anyway (the snapshot's reader checks a kept tree with it); a dynamic import of a module
// inside that chunk would cost the bundler's runtime helper, one more file before the first paint.
import { treeOf } from '../platform/frame-tree';
import { keepTodaySnapshot, type FrameKind } from '../platform/today-snapshot';
import type { ServiceContext } from './context';
import { todaysSnapshot } from './first-frame';

type Writes = typeof import('./today-writes');

/** `context` and `now` are for tests; pages get the shared page context, loaded when first needed, and the clock. */
export function todaySource(context?: () => Promise<ServiceContext>, now: () => number = () => Date.now()) {
  let loaded: Promise<[Writes, ServiceContext]> | undefined;
  const read = async (): Promise<TodayRecords> => {
    const [{ readTodayRecords }, c] = await Promise.all([import('./read-today-records'), context?.()]);
    return readTodayRecords(now(), c);
  };
  const act = async <R>(use: (a: Writes, c: ServiceContext) => Promise<R>): Promise<R> => {
    loaded ??= import('./today-writes').then(async (a) => [a, await (context ? context() : a.pageContext())]);
    return loaded.then(([a, c]) => use(a, c));
  };
  return {
    /** Yesterday's snapshot (the day rolled over) is no use: the page then waits for its read. */
    snapshot: (): TodayFrame | undefined => todaysSnapshot(now()),
    read,
    /** Keeps what the page drew from a read for the next page's first frame; only a plan day is worth keeping. */
    keep: async (frame: TodayFrame, drawn: Record<FrameKind, Element>) => {
      keepTodaySnapshot(
        frame.view.state === 'day'
          ? { ...frame, drawn: { page: treeOf(drawn.page), popup: treeOf(drawn.popup) } }
          : undefined,
      );
    },
    // The view's domain code (today-view and all it needs) loads after the first frame, which the snapshot draws.
    frame: () => import('../domain/today/today-frame').then((m) => m.todayFrame),
    messages: () => import('../domain/encouragement/choose-message').then((m) => m.chooseMessage),
    setDone: (taskId: string, done: boolean) =>
      act((a, c) => (done ? a.completeTask(c, taskId) : a.uncompleteTask(c, taskId))),
    pin: (id: string) => act((a, c) => a.pinMessage(c, id)),
    unpin: () => act((a, c) => a.unpinMessage(c)),
    hide: (id: string) => act((a, c) => a.hideMessage(c, id)),
    recordShown: (day: DayKey, id: string) => act((a, c) => a.recordShownMessage(c, day, id)),
    untilNextDay: (dayStartHour: number) => Math.max(0, nextPlanDayAt(now(), dayStartHour) - now()),
    subscribe: (listener: () => void) =>
      onChange(({ stores }) => {
        if (touches(stores, TODAY_READ)) listener();
      }),
  };
}
