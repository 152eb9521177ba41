// Everything a page's focus control needs, as one narrow object: read the state, act on it, hear about changes.
// Components receive it as a prop and never touch the database or the browser themselves.
import { FOCUS_READ, touches } from '../db/read-scopes';
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { extendFocus, pauseFocus, resumeFocus, stopFocus } from './focus-control';
import { endImpossibleSessions } from './focus-repair';
import { startFocus } from './focus-start';
import { readFocusState } from './focus-state';

/** The shape components/focus/focus-panel-source.ts declares (FocusPanelSource); the page passes it to FocusPanel. */
export function focusSource(ctx: ServiceContext) {
  return {
    read: async () => {
      const state = await readFocusState(ctx.db, ctx.now());
      // Ended on read: the broadcast after the repair brings the page back here with nothing left to end.
      if (state.impossible) await endImpossibleSessions(ctx);
      return state;
    },
    now: ctx.now,
    start: (minutes: number, taskId?: string, remember?: boolean) =>
      startFocus(ctx, { minutes, taskId, rememberLength: remember }),
    pause: () => pauseFocus(ctx),
    resume: () => resumeFocus(ctx),
    extend: () => extendFocus(ctx),
    stop: () => stopFocus(ctx),
    subscribe: (listener: () => void) =>
      onChange(({ stores }) => {
        if (touches(stores, FOCUS_READ)) listener();
      }),
  };
}
