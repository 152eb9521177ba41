// The one way in to the database for a use case: a transaction over the repositories it names. A write transaction
// reports which stores were really written (a repository notes each write), so the caller announces those and no
// others: a service that only reads the settings does not make every page re-read them.
import { appStateRepository, type AppStateReader, type AppStateRepository } from './repositories/app-state-repository';
import { backupRepository, type BackupReader, type BackupRepository } from './repositories/backup-repository';
import { focusRepository, type FocusReader, type FocusRepository } from './repositories/focus-repository';
import { logsRepository, type LogsReader, type LogsRepository } from './repositories/logs-repository';
import {
  quarantineRepository,
  type QuarantineReader,
  type QuarantineRepository,
} from './repositories/quarantine-repository';
import type { RepositoryTx } from './repositories/repository-tx';
import { settingsRepository, type SettingsReader, type SettingsRepository } from './repositories/settings-repository';
import { tasksRepository, type TasksReader, type TasksRepository } from './repositories/tasks-repository';
import type { RetakeCoachDatabase } from './open';
import { SET_ASIDE_STORES } from '../domain/types';
import { DATA_STORES, type StoreName } from './schema';

export interface Repositories {
  settings: SettingsRepository;
  appState: AppStateRepository;
  tasks: TasksRepository;
  logs: LogsRepository;
  focus: FocusRepository;
  backup: BackupRepository;
  quarantine: QuarantineRepository;
}

export interface Readers {
  settings: SettingsReader;
  appState: AppStateReader;
  tasks: TasksReader;
  logs: LogsReader;
  focus: FocusReader;
  backup: BackupReader;
  quarantine: QuarantineReader;
}

export type RepositoryName = keyof Repositories;

/** The stores each repository keeps: a transaction opens the stores of the repositories it names. */
const STORES: Record<RepositoryName, readonly StoreName[]> = {
  settings: ['settings', 'attempts'],
  appState: ['appState'],
  tasks: ['tasks'],
  logs: ['questionLogs', 'assessments', 'journal', 'misses'],
  focus: ['focusSessions'],
  backup: [...DATA_STORES, 'snapshots'],
  // Setting a record aside moves it from its own store.
  quarantine: [...SET_ASIDE_STORES, 'quarantine'],
};

const MAKE: { [K in RepositoryName]: (tx: RepositoryTx, wrote: (store: StoreName) => void) => Repositories[K] } = {
  settings: settingsRepository,
  appState: appStateRepository,
  tasks: tasksRepository,
  logs: logsRepository,
  focus: focusRepository,
  backup: backupRepository,
  quarantine: quarantineRepository,
};

function open<K extends RepositoryName>(
  db: RetakeCoachDatabase,
  names: readonly K[],
  mode: IDBTransactionMode,
  wrote: (store: StoreName) => void,
) {
  const stores = [...new Set(names.flatMap((n) => STORES[n]))];
  const tx = db.transaction(stores, mode) as unknown as RepositoryTx;
  const repos = Object.fromEntries(names.map((n) => [n, MAKE[n](tx, wrote)])) as Pick<Repositories, K>;
  return { tx, repos };
}

export interface WriteResult<R> {
  result: R;
  /** The stores written, in the order first written; empty when the work wrote nothing. */
  written: StoreName[];
}

/**
 * One readwrite transaction over `names` (nothing else is awaited inside it). If `work` throws, the transaction is
 * aborted and nothing is written.
 */
export async function writeTransaction<K extends RepositoryName, R>(
  db: RetakeCoachDatabase,
  names: readonly K[],
  work: (repos: Pick<Repositories, K>) => Promise<R>,
): Promise<WriteResult<R>> {
  const written = new Set<StoreName>();
  const { tx, repos } = open(db, names, 'readwrite', (store) => written.add(store));
  let result: R;
  try {
    result = await work(repos);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the original error is the one worth reporting.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return { result, written: [...written] };
}

/** One readonly transaction over `names`: every read in it sees the same state. */
export async function readTransaction<K extends RepositoryName, R>(
  db: RetakeCoachDatabase,
  names: readonly K[],
  work: (repos: Pick<Readers, K>) => Promise<R>,
): Promise<R> {
  const { tx, repos } = open(db, names, 'readonly', () => {
    throw new Error('A read transaction cannot write.');
  });
  try {
    const result = await work(repos);
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw error;
  }
}
