// The extension's IndexedDB as a browser test reaches it: from any extension page (they share the origin's
// database), each call one transaction, the way the services leave the records. Every other page object and test
// seeds and reads through these three.
import type { Page } from 'playwright-core';
import type { AppState } from '../../../lib/domain/app-state';
import { splitAppState } from '../../../lib/domain/backup/split-app-state';
import type { Settings } from '../../../lib/domain/settings';
import type {
  Assessment,
  Attempt,
  FocusSession,
  JournalEntry,
  Miss,
  QuestionLog,
  SetAsideRecord,
  Task,
} from '../../../lib/domain/types';

export interface StoredData {
  /** The one settings record (stored under the key 'settings'). */
  settings: Settings;
  /** The one app state record (stored under the key 'appState'). */
  appState: Partial<AppState>;
  attempts: Attempt[];
  tasks: Task[];
  questionLogs: QuestionLog[];
  assessments: Assessment[];
  focusSessions: FocusSession[];
  journal: JournalEntry[];
  misses: Miss[];
  /** Records set aside because they could not be read. */
  quarantine: SetAsideRecord[];
}
export type StoreName = keyof StoredData;

/** What a test may seed: settings may carry app state fields (`lastReplannedDay`), which go to the app state record,
 * where the app keeps them. */
export type SeedData = Omit<Partial<StoredData>, 'settings'> & { settings?: Settings & Partial<AppState> };

/** Puts the given records, each store's list and the one-record stores, in one readwrite transaction. */
export function putRecords(page: Page, seed: SeedData): Promise<void> {
  const split = seed.settings ? splitAppState(seed.settings) : undefined;
  const records: Partial<StoredData> = {
    ...seed,
    ...(split ? { settings: split.settings } : {}),
    ...(split?.appState && Object.keys(split.appState).length > 0
      ? { appState: { ...split.appState, ...seed.appState } }
      : {}),
  };
  return page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const entries = Object.entries(r).filter(([, value]) => value !== undefined);
        const open = indexedDB.open('retake-coach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // A name that is not a store (a seed's `today`, say) throws here, inside the event handler, where neither
          // resolve nor reject would ever run and the test would hang to its timeout: it is refused at once instead.
          try {
            const tx = db.transaction(
              entries.map(([name]) => name),
              'readwrite',
            );
            for (const [name, value] of entries) {
              if (name === 'settings' || name === 'appState') tx.objectStore(name).put(value, name);
              else for (const record of value as unknown[]) tx.objectStore(name).put(record);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          } catch (error) {
            db.close();
            reject(error instanceof Error ? new Error(`putRecords: ${error.message}`) : error);
          }
        };
      }),
    records,
  );
}

/** Reads whole stores (and the settings and app state records) in one readonly transaction. */
export function readStores<S extends StoreName>(page: Page, stores: readonly S[]): Promise<Pick<StoredData, S>> {
  return page.evaluate(
    (names) =>
      new Promise<Pick<StoredData, S>>((resolve, reject) => {
        const open = indexedDB.open('retake-coach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const req =
              name === 'settings' || name === 'appState'
                ? tx.objectStore(name).get(name)
                : tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as Pick<StoredData, S>);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}

/** How many records each store holds, in one readonly transaction. */
export function countStores<S extends StoreName>(page: Page, stores: readonly S[]): Promise<Record<S, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<S, number>>((resolve, reject) => {
        const open = indexedDB.open('retake-coach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as Record<S, number>);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}

/** Empties the given stores in one readwrite transaction (a test starting over on the same profile). */
export function clearStores(page: Page, stores: readonly StoreName[]): Promise<void> {
  return page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('retake-coach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}
