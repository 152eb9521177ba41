// What the today view needs from the outside world, as a narrow interface the page fills in
// (lib/services/today-source.ts matches it): the components never touch the database or the browser themselves.
import type { DayKey } from '../../lib/domain/day';
import type { chooseMessage } from '../../lib/domain/encouragement/choose-message';
import type { TodayFrame, todayFrame } from '../../lib/domain/today/today-frame';
import type { TodayRecords } from '../../lib/domain/today/today-view';

export interface TodaySource {
  /** What this page or another one last drew today, kept for an instant first paint; undefined when none. */
  snapshot?(): TodayFrame | undefined;
  /** One read of everything the view draws. */
  read(): Promise<TodayRecords>;
  /** Keeps a frame made from a read, with what the new tab (`page`) and the popup draw from it, for the next page's
   * first frame (drawn before any module loads, so the markup comes from here, not from a copy). */
  keep?(frame: TodayFrame, drawn: { page: Element; popup: Element }): Promise<void>;
  /** What turns a read into what the page draws, loaded after the first paint (the snapshot needs none of it). */
  frame(): Promise<typeof todayFrame>;
  /** The message library's chooser, loaded after the first paint (it is most of the page's text). */
  messages(): Promise<typeof chooseMessage>;
  setDone(taskId: string, done: boolean): Promise<unknown>;
  pin(messageId: string): Promise<unknown>;
  unpin(): Promise<unknown>;
  hide(messageId: string): Promise<unknown>;
  /** Remembers the message shown today, so that it does not come back within two weeks. */
  recordShown(day: DayKey, messageId: string): Promise<unknown>;
  /** Milliseconds until the next plan day begins (a page left open overnight reads today again then). */
  untilNextDay?(dayStartHour: number): number;
  /** Calls `listener` when another page (or this one) changed what the view shows; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}
