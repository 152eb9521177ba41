// Questions left in the bank: what the student last entered, minus what they logged since. The entry is a count
// at a moment (`questionBankCountedAt`), so a block logged afterwards is taken off once, and entering a new count
// starts again from it.
import type { Settings } from '../settings';
import type { QuestionLog } from '../types';

type BankSettings = Pick<Settings, 'questionBankLeft' | 'questionBankCountedAt' | 'updatedAt'>;

/** When the entered count was true. Records saved before the field existed fall back to their last save. */
export const bankCountedAt = (settings: BankSettings): string => settings.questionBankCountedAt || settings.updatedAt;

export function questionsLoggedSince(
  logs: readonly Pick<QuestionLog, 'questions' | 'createdAt'>[],
  since: string,
): number {
  let sum = 0;
  for (const log of logs) if (log.createdAt > since) sum += log.questions;
  return sum;
}

export function questionsLeft(
  settings: BankSettings,
  logs: readonly Pick<QuestionLog, 'questions' | 'createdAt'>[],
): number {
  return Math.max(0, settings.questionBankLeft - questionsLoggedSince(logs, bankCountedAt(settings)));
}

/**
 * The bank fields to store when the settings form is saved with `entered` questions left. The form shows what is
 * left now; an unchanged figure keeps the old count and its moment, so saving other settings takes nothing off twice.
 */
export function bankAfterSave(
  previous: BankSettings,
  logs: readonly Pick<QuestionLog, 'questions' | 'createdAt'>[],
  entered: number,
  nowIso: string,
): Pick<Settings, 'questionBankLeft' | 'questionBankCountedAt'> {
  if (previous.updatedAt !== '' && entered === questionsLeft(previous, logs)) {
    return { questionBankLeft: previous.questionBankLeft, questionBankCountedAt: bankCountedAt(previous) };
  }
  return { questionBankLeft: entered, questionBankCountedAt: nowIso };
}
