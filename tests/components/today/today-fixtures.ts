// Records as lib/db/read-today.ts returns them, and an in-memory TodaySource over them (what a page gets from
// lib/services/today-source.ts), for the today components' tests.
import type { TodaySource } from '../../../components/today/today-source';
import { defaultAppState } from '../../../lib/domain/app-state';
import { chooseMessage } from '../../../lib/domain/encouragement/choose-message';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { todayFrame } from '../../../lib/domain/today/today-frame';
import type { TodayRecords } from '../../../lib/domain/today/today-view';
import type { Task } from '../../../lib/domain/types';

export const TODAY = '2026-11-25';

export const task = (day: string, order: number, fields: Partial<Task> = {}): Task => ({
  id: `${day}-${order}`,
  day,
  kind: 'question-block',
  title: `Task ${order} on ${day}`,
  minutes: 60,
  status: 'todo',
  order,
  priority: 2,
  ...fields,
});

export const settings = (fields: Partial<Settings> = {}): Settings => ({
  ...structuredClone(defaultSettings),
  startDate: '2026-11-16',
  examDate: '2027-01-20',
  ...fields,
});

export const records = (fields: Partial<TodayRecords> = {}): TodayRecords => ({
  settings: settings(),
  appState: structuredClone(defaultAppState),
  today: TODAY,
  tasks: [],
  assessments: [],
  latestMood: null,
  ...fields,
});

export function memorySource(initial: TodayRecords) {
  let state = initial;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const change = (next: TodayRecords) => {
    state = next;
    listeners.forEach((l) => l());
  };
  const source: TodaySource = {
    read: () => Promise.resolve(structuredClone(state)),
    frame: () => Promise.resolve(todayFrame),
    messages: () => Promise.resolve(chooseMessage),
    setDone: async (id, done) => {
      calls.push(`${done ? 'done' : 'todo'} ${id}`);
      change({ ...state, tasks: state.tasks.map((t) => (t.id === id ? { ...t, status: done ? 'done' : 'todo' } : t)) });
    },
    pin: async (id) => {
      calls.push(`pin ${id}`);
      change({ ...state, appState: { ...state.appState, pinnedMessageId: id } });
    },
    unpin: async () => {
      calls.push('unpin');
      change({ ...state, appState: { ...state.appState, pinnedMessageId: '' } });
    },
    hide: async (id) => {
      calls.push(`hide ${id}`);
      change({ ...state, appState: { ...state.appState, hiddenMessageIds: [...state.appState.hiddenMessageIds, id] } });
    },
    recordShown: async (day, id) => {
      calls.push(`shown ${day} ${id}`);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { source, calls, change };
}
