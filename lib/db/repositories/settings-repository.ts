// The settings record and the past attempts: what the onboarding form edits. The record lives under one key, known
// only here; a record saved before a field existed is read over the defaults.
import { type Settings } from '../../domain/settings';
import { withDefaults } from '../../domain/with-defaults';
import type { Attempt } from '../../domain/types';
import { SETTINGS_KEY } from '../schema';
import type { RepositoryTx, Written } from './repository-tx';

export interface SettingsReader {
  /** The stored settings over the defaults (the defaults alone before onboarding). */
  read(): Promise<Settings>;
  /** The record as stored, undefined before onboarding: `isOnboarded` asks this. */
  stored(): Promise<Settings | undefined>;
  attempts(): Promise<Attempt[]>;
}

export interface SettingsRepository extends SettingsReader {
  put(settings: Settings): Promise<void>;
  /** Reads, applies `change` and stores the result; resolves to what was stored. */
  update(change: (settings: Settings) => Partial<Settings>): Promise<Settings>;
  replaceAttempts(attempts: readonly Attempt[]): Promise<void>;
}

export function settingsRepository(tx: RepositoryTx, wrote: Written): SettingsRepository {
  const stored = () => tx.objectStore('settings').get(SETTINGS_KEY);
  const put = async (settings: Settings) => {
    await tx.objectStore('settings').put(settings, SETTINGS_KEY);
    wrote('settings');
  };
  return {
    stored,
    read: async () => withDefaults(await stored()),
    attempts: () => tx.objectStore('attempts').getAll(),
    put,
    update: async (change) => {
      const current = withDefaults(await stored());
      const next = { ...current, ...change(current) };
      await put(next);
      return next;
    },
    replaceAttempts: async (attempts) => {
      const store = tx.objectStore('attempts');
      await store.clear();
      await Promise.all(attempts.map((a) => store.put(a)));
      wrote('attempts');
    },
  };
}
