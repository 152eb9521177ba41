// One typed schema for the whole database (jakearchibald/idb, "TypeScript"). Bump DB_VERSION only together with
// a new step in migrations.ts and a fixture of the previous version under tests/fixtures/.
import type { DBSchema } from 'idb';
import type { DayKey } from '../domain/day';
import type { AppState } from '../domain/app-state';
import type { Settings } from '../domain/settings';
import type {
  Assessment,
  Attempt,
  FocusSession,
  JournalEntry,
  Miss,
  QuestionLog,
  SetAsideRecord,
  Task,
} from '../domain/types';

export const DB_NAME = 'retake-coach';
export const DB_VERSION = 6;
/** The settings and the app state are one record each, stored under their store's own name. */
export const SETTINGS_KEY = 'settings';
export const APP_STATE_KEY = 'appState';

/** A copy of the data taken before an import or a schema upgrade, so that either can be undone. */
export interface Snapshot {
  id: string;
  reason: 'import' | 'upgrade';
  createdAt: string;
  /** The schema version the data was in. */
  schemaVersion: number;
  data: Record<string, unknown[]>;
}

export interface RetakeCoachDB extends DBSchema {
  settings: { key: string; value: Settings };
  /** The app's bookkeeping (lib/domain/app-state.ts), apart from the settings since version 6. */
  appState: { key: string; value: Partial<AppState> };
  attempts: { key: string; value: Attempt };
  tasks: { key: string; value: Task; indexes: { 'by-day': DayKey } };
  questionLogs: { key: string; value: QuestionLog; indexes: { 'by-day': DayKey } };
  assessments: { key: string; value: Assessment; indexes: { 'by-day': DayKey } };
  focusSessions: { key: string; value: FocusSession; indexes: { 'by-day': DayKey } };
  journal: { key: string; value: JournalEntry; indexes: { 'by-day': DayKey } };
  misses: { key: string; value: Miss; indexes: { 'by-due': DayKey } };
  snapshots: { key: string; value: Snapshot };
  /** Records that could not be read, set aside whole (lib/db/set-aside-odd.ts). */
  quarantine: { key: string; value: SetAsideRecord };
}

export type StoreName =
  | 'settings'
  | 'appState'
  | 'attempts'
  | 'tasks'
  | 'questionLogs'
  | 'assessments'
  | 'focusSessions'
  | 'journal'
  | 'misses'
  | 'snapshots'
  | 'quarantine';

/** The stores a backup holds (everything but the snapshots themselves; the quarantine too, so nothing is lost). */
export const DATA_STORES = [
  'settings',
  'appState',
  'attempts',
  'tasks',
  'questionLogs',
  'assessments',
  'focusSessions',
  'journal',
  'misses',
  'quarantine',
] as const satisfies readonly StoreName[];
export type DataStoreName = (typeof DATA_STORES)[number];
