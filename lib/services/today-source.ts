// The today view's reads and writes for a page. The first read opens the database and reads it directly, without
// the service worker and without the page's full service context: that context (alarm sync and all) is loaded on
// the first write or after the first paint, so the new tab's first paint carries none of it.
import { openDatabase } from '../db/open';
import { readToday } from '../db/read-today';
import type { DayKey } from '../domain/day';
import { onChange } from '../platform/change-channel';
import { completeTask, uncompleteTask } from './complete-task';
import type { ServiceContext } from './context';
import { hideMessage, pinMessage, recordShownMessage, unpinMessage } from './message-choices';

const WATCHED = new Set(['tasks', 'settings', 'assessments', 'journal']);

/** `context` is for tests; pages get the shared page context, loaded when first needed. */
export function todaySource(context?: () => Promise<ServiceContext>) {
  let ctx: Promise<ServiceContext> | undefined;
  const withContext = <R>(use: (c: ServiceContext) => Promise<R>): Promise<R> => {
    ctx ??= context ? context() : import('./page-context').then((m) => m.pageContext());
    return ctx.then(use);
  };
  return {
    read: () => (context ? context().then((c) => readToday(c.db, c.now())) : openDatabase().then((db) => readToday(db, Date.now()))),
    setDone: (taskId: string, done: boolean) => withContext((c) => (done ? completeTask(c, taskId) : uncompleteTask(c, taskId))),
    pin: (id: string) => withContext((c) => pinMessage(c, id)),
    unpin: () => withContext(unpinMessage),
    hide: (id: string) => withContext((c) => hideMessage(c, id)),
    recordShown: (day: DayKey, id: string) => withContext((c) => recordShownMessage(c, day, id)),
    subscribe: (listener: () => void) => onChange(({ stores }) => {
      if (stores.some((s) => WATCHED.has(s))) listener();
    }),
  };
}
