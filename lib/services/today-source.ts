// The today view's reads and writes for a page. The read opens the database and reads it directly, without the
// service worker and without the page's full service context: the writes and that context (alarm sync and all)
// are a separate chunk loaded on the first write, so the new tab's first paint carries none of it.
import { openDatabase } from '../db/open';
import { readToday } from '../db/read-today';
import type { DayKey } from '../domain/day';
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';

type Actions = typeof import('./today-actions');

const WATCHED = new Set(['tasks', 'settings', 'assessments', 'journal']);

/** `context` is for tests; pages get the shared page context, loaded when first needed. */
export function todaySource(context?: () => Promise<ServiceContext>) {
  let loaded: Promise<[Actions, ServiceContext]> | undefined;
  const act = <R>(use: (a: Actions, c: ServiceContext) => Promise<R>): Promise<R> => {
    loaded ??= import('./today-actions').then(async (a) => [a, await (context ? context() : a.pageContext())]);
    return loaded.then(([a, c]) => use(a, c));
  };
  return {
    read: () => (context ? context().then((c) => readToday(c.db, c.now())) : openDatabase().then((db) => readToday(db, Date.now()))),
    setDone: (taskId: string, done: boolean) => act((a, c) => (done ? a.completeTask(c, taskId) : a.uncompleteTask(c, taskId))),
    pin: (id: string) => act((a, c) => a.pinMessage(c, id)),
    unpin: () => act((a, c) => a.unpinMessage(c)),
    hide: (id: string) => act((a, c) => a.hideMessage(c, id)),
    recordShown: (day: DayKey, id: string) => act((a, c) => a.recordShownMessage(c, day, id)),
    subscribe: (listener: () => void) => onChange(({ stores }) => {
      if (stores.some((s) => WATCHED.has(s))) listener();
    }),
  };
}
