// What the settings page's sections need from the outside world, as narrow interfaces the page fills in
// (lib/services/settings-sources.ts matches them): the components never touch the database or the browser.
import type { Backup, BackupData, BackupSummary } from '../../lib/domain/backup';
import type {
  AttemptEntry,
  PlanSettingsData,
  PlanSettingsFields,
  SavePlanOutcome,
} from '../../lib/domain/planner/plan-settings-fields';

/** One section of settings: read, saved against what was read, and told when another page wrote its stores. */
export interface SectionSource<T, S = T> {
  read(): Promise<T>;
  /** `base` is what the form read: a save over settings another tab changed since is refused (StaleWriteError). */
  save(value: S, base: T): Promise<unknown>;
  subscribe(listener: () => void): () => void;
}

export interface PlanSettingsSource {
  read(): Promise<PlanSettingsData>;
  /** Refused input throws an error named PlanInputError with `problems`; a stale form, a StaleWriteError. */
  save(
    fields: PlanSettingsFields,
    attempts: AttemptEntry[],
    options: { refillToday: boolean; readUpdatedAt: string },
  ): Promise<SavePlanOutcome>;
  subscribe(listener: () => void): () => void;
  openNewTab(): Promise<void>;
}

export interface BackupSource {
  read(): Promise<{ current: BackupSummary; lastImportAt?: string }>;
  exportBackup(): Promise<Backup>;
  importBackup(data: BackupData): Promise<void>;
  undoLastImport(): Promise<boolean>;
  subscribe(listener: () => void): () => void;
}
