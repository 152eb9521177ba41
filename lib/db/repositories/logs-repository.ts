// What the student logs: question blocks, practice exams, evening reflections, and the missed questions to retest.
import type { Assessment, JournalEntry, Miss, QuestionLog } from '../../domain/types';
import type { RepositoryTx, Written } from './repository-tx';

export interface LogsReader {
  questionLogs(): Promise<QuestionLog[]>;
  misses(): Promise<Miss[]>;
  assessments(): Promise<Assessment[]>;
  countAssessments(): Promise<number>;
}

export interface LogsRepository extends LogsReader {
  putQuestionLog(log: QuestionLog): Promise<void>;
  putAssessment(assessment: Assessment): Promise<void>;
  putJournal(entry: JournalEntry): Promise<void>;
  putMisses(...misses: Miss[]): Promise<void>;
}

export function logsRepository(tx: RepositoryTx, wrote: Written): LogsRepository {
  return {
    questionLogs: () => tx.objectStore('questionLogs').getAll(),
    misses: () => tx.objectStore('misses').getAll(),
    assessments: () => tx.objectStore('assessments').getAll(),
    countAssessments: () => tx.objectStore('assessments').count(),
    putQuestionLog: async (log) => {
      await tx.objectStore('questionLogs').put(log);
      wrote('questionLogs');
    },
    putAssessment: async (assessment) => {
      await tx.objectStore('assessments').put(assessment);
      wrote('assessments');
    },
    putJournal: async (entry) => {
      await tx.objectStore('journal').put(entry);
      wrote('journal');
    },
    putMisses: async (...misses) => {
      if (misses.length === 0) return;
      await Promise.all(misses.map((m) => tx.objectStore('misses').put(m)));
      wrote('misses');
    },
  };
}
