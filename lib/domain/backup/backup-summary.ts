// What an import replaces, in the confirmation's words: how many of each record, and the exam date, now and in the
// file.
import type { DayKey } from '../day';
import { BACKUP_LISTS, type BackupData } from './backup-schema';

export type BackupList = (typeof BACKUP_LISTS)[number];

export interface BackupSummary {
  counts: Record<BackupList, number>;
  /** '' when not set. */
  examDate: DayKey;
}

export const LIST_NAMES: Record<BackupList, string> = {
  tasks: 'Plan tasks',
  questionLogs: 'Question blocks logged',
  assessments: 'Practice exams logged',
  journal: 'Evening reflections',
  focusSessions: 'Focus sessions',
  misses: 'Missed questions',
  attempts: 'Exam attempts',
  quarantine: 'Records set aside (could not be read)',
};

export function summarizeBackup(
  data: Pick<BackupData, BackupList> & { settings?: { examDate: DayKey } },
): BackupSummary {
  const counts = Object.fromEntries(BACKUP_LISTS.map((list) => [list, data[list].length])) as Record<
    BackupList,
    number
  >;
  return { counts, examDate: data.settings?.examDate ?? '' };
}
