// Backups from older schema versions, brought up to the current one before validation. Each step mirrors the
// database step of the same number (lib/db/migrations.ts) and works on parsed JSON that is not validated yet, so
// it must accept anything without throwing; the validation after it names whatever is still wrong.
import { addDeadlineSettings } from './add-deadline-settings';
import { BACKUP_SCHEMA_VERSION } from './backup-schema';
import { mergeByStore, mergeSettingsAreas } from './merge-biochemistry-nutrition';
import { splitAppState } from './split-app-state';

export type RawBackup = Record<string, unknown>;

/** backupUpgrades[n] turns a backup of version n-1 into version n. */
export const backupUpgrades: Record<number, (backup: RawBackup) => RawBackup> = {
  // v2 added question logs, practice exams, focus sessions, the journal and missed questions; v1 kept only the
  // settings, attempts and tasks, so the new lists start empty.
  2: (backup) => ({
    ...backup,
    questionLogs: [],
    assessments: [],
    focusSessions: [],
    journal: [],
    misses: [],
    ...pick(backup, ['questionLogs', 'assessments', 'focusSessions', 'journal', 'misses']),
    schemaVersion: 2,
  }),
  // v3 merged the Step 1 disciplines Biochemistry and Nutrition into one area (merge-biochemistry-nutrition.ts).
  3: (backup) => {
    const out: RawBackup = { ...backup, schemaVersion: 3 };
    for (const [store, merge] of Object.entries(mergeByStore)) {
      const list = backup[store];
      if (Array.isArray(list)) out[store] = list.map(merge);
    }
    if (Object.hasOwn(backup, 'settings')) out.settings = mergeSettingsAreas(backup.settings);
    return out;
  },
  // v4 added the weeks to allow for results, the eligibility period's end and the retake budget to the settings.
  4: (backup) => ({
    ...backup,
    ...(Object.hasOwn(backup, 'settings') ? { settings: addDeadlineSettings(backup.settings) } : {}),
    schemaVersion: 4,
  }),
  // v5 added the quarantine: records set aside because they could not be read. An older file has none. Its records
  // are not set aside on import: an import is checked and refused whole, so the student knows what was wrong.
  5: (backup) => ({ quarantine: [], ...backup, schemaVersion: 5 }),
  // v6 moved the app's bookkeeping (pinned, hidden and shown encouragements, the last replan day and its news) out of
  // the settings into an app state record of its own (split-app-state.ts).
  6: (backup) => {
    if (!Object.hasOwn(backup, 'settings')) return { ...backup, schemaVersion: 6 };
    const { settings, appState } = splitAppState(backup.settings);
    return { ...backup, settings, ...(appState ? { appState } : {}), schemaVersion: 6 };
  },
};

function pick(backup: RawBackup, keys: string[]): RawBackup {
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(backup, k)).map((k) => [k, backup[k]]));
}

/** The backup at the current version; `from` is its schemaVersion, already checked to be 1..current. */
export function upgradeBackup(backup: RawBackup, from: number): RawBackup {
  let out = backup;
  for (let version = from + 1; version <= BACKUP_SCHEMA_VERSION; version++) {
    const step = backupUpgrades[version];
    if (!step) throw new Error(`No backup upgrade to schema version ${version}`);
    out = step(out);
  }
  return out;
}
