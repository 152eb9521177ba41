// The upgrade ladder: one numbered step per schema version, applied in order inside IndexedDB's versionchange
// transaction. A step may only use that transaction (idb README, "transaction lifetime").
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { mergeByStore, mergeSettingsAreas } from '../domain/backup/merge-biochemistry-nutrition';
import { addDeadlineSettings } from '../domain/backup/add-deadline-settings';
import { splitAppState } from '../domain/backup/split-app-state';
import { APP_STATE_KEY, SETTINGS_KEY, type RetakeCoachDB } from './schema';
import { setAsideOdd } from './set-aside-odd';

type UpgradeTx = IDBPTransaction<RetakeCoachDB, StoreNames<RetakeCoachDB>[], 'versionchange'>;
// Older versions had fewer stores than the current typed schema; the steps are written against the current
// names, which is safe because each step only touches stores that exist at its version.
export type MigrationStep = (db: IDBPDatabase<RetakeCoachDB>, tx: UpgradeTx) => void | Promise<void>;

/** migrations[n] upgrades a database at version n-1 to version n. */
export const migrations: Record<number, MigrationStep> = {
  // v1 (first release): settings, attempts, and the plan's tasks by day.
  1: (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('attempts', { keyPath: 'id' });
    db.createObjectStore('tasks', { keyPath: 'id' }).createIndex('by-day', 'day');
  },
  // v2: logs, assessments, focus sessions, journal, missed questions, and snapshots for undo.
  2: (db) => {
    db.createObjectStore('questionLogs', { keyPath: 'id' }).createIndex('by-day', 'day');
    db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('by-day', 'day');
    db.createObjectStore('focusSessions', { keyPath: 'id' }).createIndex('by-day', 'day');
    db.createObjectStore('journal', { keyPath: 'id' }).createIndex('by-day', 'day');
    db.createObjectStore('misses', { keyPath: 'id' }).createIndex('by-due', 'due');
    db.createObjectStore('snapshots', { keyPath: 'id' });
  },
  // v3: the Step 1 disciplines Biochemistry and Nutrition became one area, "Biochemistry & Nutrition"
  // (../shared/domain/step1-profile.json, disciplineConflict). Bands, task and log areas and missed questions
  // move to the merged id, with the same rewrite a version-2 backup gets (lib/domain/backup/upgrade-backup.ts).
  3: async (_db, tx) => {
    const settingsStore = tx.objectStore('settings');
    const settings = await settingsStore.get(SETTINGS_KEY);
    const mergedSettings = mergeSettingsAreas(settings);
    if (mergedSettings !== settings) await settingsStore.put(mergedSettings as typeof settings & object, SETTINGS_KEY);
    for (const [store, merge] of Object.entries(mergeByStore) as [
      keyof typeof mergeByStore,
      (record: unknown) => unknown,
    ][]) {
      let cursor = await tx.objectStore(store).openCursor();
      while (cursor) {
        const merged = merge(cursor.value);
        if (merged !== cursor.value) await cursor.update(merged as typeof cursor.value);
        cursor = await cursor.continue();
      }
    }
  },
  // v4: the settings gain the weeks to allow for results, the eligibility period's end and the retake budget
  // (lib/domain/backup/add-deadline-settings.ts, the same step a version-3 backup gets).
  4: async (_db, tx) => {
    const store = tx.objectStore('settings');
    const settings = await store.get(SETTINGS_KEY);
    if (!settings) return;
    const upgraded = addDeadlineSettings(settings);
    if (upgraded !== settings) await store.put(upgraded, SETTINGS_KEY);
  },
  // v5: a quarantine store. Every record of the older versions is checked against the schema a backup uses for it:
  // one whose meaning is plain is repaired (a day stored as the number 20261130), and one that cannot be read is
  // moved whole into the quarantine with where it came from, when and why, so that the pages run on the good ones
  // and Export backup still carries it. The settings record is not set aside: without it the student would be
  // sent back to onboarding, and every page already reads it through withDefaults.
  5: async (db, tx) => {
    db.createObjectStore('quarantine', { keyPath: 'id' });
    const at = new Date().toISOString();
    let n = 0;
    await setAsideOdd(tx, { setAsideAt: at, foundBy: 'upgrade', schemaVersion: 4 }, () => `upgrade-${at}-${++n}`);
  },
  // v6: the app's bookkeeping (the pinned, hidden and shown encouragements, the last replan day and its news) moves
  // out of the settings into an appState store of its own (lib/domain/backup/split-app-state.ts, the same step a
  // version-5 backup gets), so that writing it is not a settings change. A database with no settings yet gets no
  // app state record either: both read their defaults.
  6: async (db, tx) => {
    db.createObjectStore('appState');
    const settingsStore = tx.objectStore('settings');
    const stored = await settingsStore.get(SETTINGS_KEY);
    if (!stored) return;
    const { settings, appState } = splitAppState(stored);
    await settingsStore.put(settings, SETTINGS_KEY);
    if (appState && Object.keys(appState).length > 0) await tx.objectStore('appState').put(appState, APP_STATE_KEY);
  },
};

export async function runMigrations(
  db: IDBPDatabase<RetakeCoachDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration to schema version ${v}`);
    await step(db, tx);
  }
}
