// The context the background worker runs each event's service in: opened per event, since the worker keeps nothing in
// memory between events (it may be stopped at any time). Its announcements reach every open page.
import { liveContext } from './live-context';

export const workerContext = liveContext;
