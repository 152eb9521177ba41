// Schema step "app state apart from the settings": the bookkeeping that version 5 kept inside the settings record
// (lib/domain/app-state.ts APP_STATE_FIELDS) moves to a record of its own. One pure function serves the database step
// (lib/db/migrations.ts) and the backup step (upgrade-backup.ts), so an upgraded database and an upgraded backup of
// the same version agree. It takes unvalidated JSON and never throws: anything that is not a settings object is
// returned as it came, with no app state, for validation to name.
import { APP_STATE_FIELDS } from '../app-state';

export interface SplitSettings<T> {
  settings: T;
  /** The fields moved out, as they were (none filled in); undefined when the settings were not an object. */
  appState: Record<string, unknown> | undefined;
}

export function splitAppState<T>(settings: T): SplitSettings<T> {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    return { settings, appState: undefined };
  const moved = new Set<string>(APP_STATE_FIELDS);
  const entries = Object.entries(settings);
  return {
    settings: Object.fromEntries(entries.filter(([key]) => !moved.has(key))) as T,
    appState: Object.fromEntries(entries.filter(([key]) => moved.has(key))),
  };
}
