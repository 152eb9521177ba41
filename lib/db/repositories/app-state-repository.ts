// The app's bookkeeping (lib/domain/app-state.ts): one record under one key, known only here. Apart from the settings,
// so that pinning a message, recording the one shown or the replanner noting its day is announced as `appState`
// and not as a settings change.
import { appStateWithDefaults, type AppState } from '../../domain/app-state';
import { APP_STATE_KEY } from '../schema';
import type { RepositoryTx, Written } from './repository-tx';

export interface AppStateReader {
  /** The stored record over the defaults (the defaults alone before anything was kept). */
  read(): Promise<AppState>;
}

export interface AppStateRepository extends AppStateReader {
  put(state: AppState): Promise<void>;
  /** Reads, applies `change` and stores the result; resolves to what was stored. */
  update(change: (state: AppState) => Partial<AppState>): Promise<AppState>;
}

export function appStateRepository(tx: RepositoryTx, wrote: Written): AppStateRepository {
  const read = async () => appStateWithDefaults(await tx.objectStore('appState').get(APP_STATE_KEY));
  const put = async (state: AppState) => {
    await tx.objectStore('appState').put(state, APP_STATE_KEY);
    wrote('appState');
  };
  return {
    read,
    put,
    update: async (change) => {
      const current = await read();
      const next = { ...current, ...change(current) };
      await put(next);
      return next;
    },
  };
}
