// After a committed write a service tells every open page which stores changed; each page re-reads what it
// shows. BroadcastChannel reaches the pages and the service worker of the extension's origin without a round trip
// through the worker (../shared/DESIGN.md, "Why pages write directly").
import type { StoreName } from '../db/schema';

const CHANNEL_NAME = 'retake-coach-changes';

export interface ChangeMessage {
  stores: StoreName[];
}

export function announceChange(stores: StoreName[]): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage({ stores } satisfies ChangeMessage);
  channel.close();
}

/** Calls `listener` whenever another context (or another channel in this one) announces a change. */
export function onChange(listener: (message: ChangeMessage) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
    if (event.data && Array.isArray(event.data.stores)) listener(event.data);
  };
  return () => channel.close();
}
