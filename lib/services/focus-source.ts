// Everything a page's focus control needs, as one narrow object: read the state, act on it, hear about changes.
// Components receive it as a prop and never touch the database or the browser themselves.
import { FOCUS_READ, touches } from '../db/read-scopes';
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { extendFocus, pauseFocus, resumeFocus, stopFocus } from './focus-control';
import { endImpossibleSessions } from './focus-repair';
import { startFocus } from './focus-start';
import { readFocusState, type FocusState } from './focus-state';

export interface FocusSource {
  read(): Promise<FocusState>;
  now(): number;
  start(minutes: number, taskId?: string, remember?: boolean): Promise<unknown>;
  pause(): Promise<unknown>;
  resume(): Promise<unknown>;
  extend(): Promise<unknown>;
  stop(): Promise<unknown>;
  /** Calls `listener` when another page or the worker changed the focus sessions; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function focusSource(ctx: ServiceContext): FocusSource {
  return {
    read: async () => {
      const state = await readFocusState(ctx.db, ctx.now());
      // Ended on read: the broadcast after the repair brings the page back here with nothing left to end.
      if (state.impossible) await endImpossibleSessions(ctx);
      return state;
    },
    now: ctx.now,
    start: (minutes, taskId, remember) => startFocus(ctx, { minutes, taskId, rememberLength: remember }),
    pause: () => pauseFocus(ctx),
    resume: () => resumeFocus(ctx),
    extend: () => extendFocus(ctx),
    stop: () => stopFocus(ctx),
    subscribe: (listener) =>
      onChange(({ stores }) => {
        if (touches(stores, FOCUS_READ)) listener();
      }),
  };
}
