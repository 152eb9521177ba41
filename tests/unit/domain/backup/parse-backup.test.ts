import { describe, expect, it } from 'vitest';
import {
  BACKUP_SCHEMA_VERSION,
  MAX_BACKUP_BYTES,
  MAX_RECORDS,
  parseBackup,
  backupSizeProblem,
} from '../../../../lib/domain/backup';
import { defaultAppState } from '../../../../lib/domain/app-state';
import { defaultSettings } from '../../../../lib/domain/settings';
import { sampleBackup, sampleText } from './sample-backup';

type Json = Record<string, unknown>;
const edited = (edit: (b: Json & { tasks: Json[]; settings: Json }) => void) => {
  const backup = JSON.parse(sampleText());
  edit(backup);
  return JSON.stringify(backup);
};
const messageOf = (text: string) => {
  const result = parseBackup(text);
  return result.ok ? 'ok' : result.message;
};

describe('parseBackup', () => {
  it('reads a valid backup back to the same records', () => {
    const result = parseBackup(sampleText());
    expect(result).toEqual({ ok: true, backup: sampleBackup() });
  });

  it.each([
    ['text that is not JSON', 'hello, world', 'This file is not JSON, so it is not a Retake Coach backup.'],
    [
      'JSON of another program',
      '{"format":"other-app","version":3}',
      'This is not a Retake Coach backup (format: "other-app"; expected "retake-coach-backup").',
    ],
    [
      'JSON without a format',
      '[1,2,3]',
      'This is not a Retake Coach backup (format: missing; expected "retake-coach-backup").',
    ],
    [
      'a newer schema',
      '{"format":"retake-coach-backup","schemaVersion":7}',
      `This backup was made by a newer version (schema 7); this extension knows up to ${BACKUP_SCHEMA_VERSION}. Update the extension first.`,
    ],
    [
      'a schema version that is not a number',
      '{"format":"retake-coach-backup","schemaVersion":"2"}',
      'schemaVersion: must be a whole number from 1 (found "2").',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it.each<[string, (b: Json & { tasks: Json[]; settings: Json }) => void, string]>([
    ['negative minutes', (b) => (b.tasks[2]!.minutes = -5), 'tasks[2].minutes: must be 0 or more'],
    ['minutes with a fraction', (b) => (b.tasks[0]!.minutes = 12.5), 'tasks[0].minutes: must be a whole number'],
    [
      'a day that does not exist',
      (b) => (b.tasks[1]!.day = '2026-02-30'),
      'tasks[1].day: must be a real date (YYYY-MM-DD)',
    ],
    [
      'an exam date that does not exist',
      (b) => (b.settings.examDate = '2027-13-01'),
      'settings.examDate: must be a real date (YYYY-MM-DD) or empty',
    ],
    [
      'an unknown kind',
      (b) => (b.tasks[0]!.kind = 'nap'),
      'tasks[0].kind: must be one of: reflection, guidance, content-review, question-block, review-incorrects, retest-misses, practice-exam, practice-exam-part, checkpoint, weekly-review, support, logistics, rest',
    ],
    [
      'an unknown status',
      (b) => (b.tasks[0]!.status = 'maybe'),
      'tasks[0].status: must be one of: todo, done, skipped',
    ],
    ['a wrong type', (b) => (b.tasks[0]!.title = 42), 'tasks[0].title: must be text'],
    ['a missing field', (b) => delete b.tasks[1]!.status, 'tasks[1].status: is missing'],
    [
      'a field it does not know',
      (b) => (b.tasks[0]!.colour = 'red'),
      'tasks[0].colour: is not a field this version of Retake Coach knows',
    ],
    [
      'a title over its length',
      (b) => (b.tasks[0]!.title = 'x'.repeat(301)),
      'tasks[0].title: must be at most 300 characters',
    ],
    [
      'more correct answers than questions',
      (b) => ((b.questionLogs as Json[])[0]!.correct = 41),
      'questionLogs[0].correct: must not be more than questions',
    ],
    ['a list that is not a list', (b) => (b.journal = {}), 'journal: must be a list'],
    ['a mood off the scale', (b) => ((b.journal as Json[])[0]!.mood = 6), 'journal[0].mood: must be 5 or less'],
    [
      'a time that does not exist',
      (b) => (b.exportedAt = '2026-11-31T10:00:00Z'),
      'exportedAt: must be a real time (ISO 8601, like 2026-11-25T18:00:00.000Z)',
    ],
    ['two records with one id', (b) => (b.tasks[2]!.id = 't1'), 'tasks[2].id: "t1" is the id of an earlier record too'],
    [
      'an odd key',
      (b) => (b.settings['the bad key'] = 1),
      'settings["the bad key"]: is not a field this version of Retake Coach knows',
    ],
  ])('names the field for %s', (_name, edit, message) => {
    expect(messageOf(edited(edit))).toBe(message);
  });

  it('refuses a file over 12 MB before parsing it', () => {
    expect(messageOf(' '.repeat(MAX_BACKUP_BYTES + 1))).toBe(
      'This file is 12.0 MB; a Retake Coach backup is at most 12.0 MB.',
    );
    expect(backupSizeProblem(13 * 1024 * 1024)).toBe('This file is 13.0 MB; a Retake Coach backup is at most 12.0 MB.');
    expect(backupSizeProblem(MAX_BACKUP_BYTES)).toBeNull();
  });

  it('refuses more tasks than a backup may hold', () => {
    const text = edited((b) => (b.tasks = Array.from({ length: MAX_RECORDS + 1 }, () => b.tasks[0]!)));
    expect(messageOf(text)).toBe(`tasks: must hold at most ${MAX_RECORDS} items`);
  });

  it('fills settings fields that an older backup did not have with their defaults', () => {
    const result = parseBackup(edited((b) => delete b.settings.goAheadPassProbability));
    expect(result.ok && result.backup.settings.goAheadPassProbability).toBe(defaultSettings.goAheadPassProbability);
  });

  it("reads a backup without an app state (the design's list) with the app state at its defaults", () => {
    const result = parseBackup(edited((b) => delete b.appState));
    expect(result.ok && result.backup.appState).toEqual(defaultAppState);
  });

  it("moves a version 5 backup's bookkeeping out of the settings into the app state", () => {
    const v5 = edited((b) => {
      b.schemaVersion = 5;
      b.settings = { ...b.settings, ...(b.appState as Json), pinnedMessageId: 'steady-2' };
      delete b.appState;
    });
    const result = parseBackup(v5);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
    if (!result.ok) return;
    expect(result.backup.appState).toEqual({ ...sampleBackup().appState, pinnedMessageId: 'steady-2' });
    expect(result.backup.settings).toEqual(sampleBackup().settings);
    expect(result.upgradedFrom).toBe(5);
  });

  it('refuses bookkeeping left in the settings of a version 6 backup', () => {
    expect(messageOf(edited((b) => (b.settings.pinnedMessageId = 'steady-2')))).toMatch(/^settings/);
  });

  it('keeps the practice exams the student added, reads none from a backup without the field, and refuses a bad one', () => {
    const added = [
      { id: 'nbme-custom-1', kind: 'nbme', name: 'NBME Form 32', minutes: 300, questions: 200 },
      { id: 'school-custom-2', kind: 'school', name: 'School CBSE', minutes: 270, questions: null },
    ];
    const result = parseBackup(edited((b) => (b.settings.customForms = added)));
    expect(result.ok && result.backup.settings.customForms).toEqual(added);
    const old = parseBackup(edited((b) => delete b.settings.customForms));
    expect(old.ok && old.backup.settings.customForms).toEqual([]);
    expect(messageOf(edited((b) => (b.settings.customForms = [{ ...added[0], minutes: 2000 }])))).not.toBe('ok');
    expect(messageOf(edited((b) => (b.settings.customForms = [{ ...added[0], id: 'nbme-30' }])))).not.toBe('ok');
  });

  it('upgrades a version 1 backup (settings, attempts and tasks only)', () => {
    const v1 = edited((b) => {
      b.schemaVersion = 1;
      for (const key of ['questionLogs', 'assessments', 'focusSessions', 'journal', 'misses']) delete b[key];
    });
    const result = parseBackup(v1);
    expect(result).toMatchObject({
      ok: true,
      upgradedFrom: 1,
      backup: { schemaVersion: BACKUP_SCHEMA_VERSION, questionLogs: [], misses: [], tasks: sampleBackup().tasks },
    });
  });

  it('upgrades a version 2 backup that still names Biochemistry and Nutrition apart', () => {
    const v2 = edited((b) => {
      b.schemaVersion = 2;
      b.settings.bands = { biochemistry: 'higher', nutrition: 'lower', cardiovascular: 'same' };
      b.tasks[0]!.areaIds = ['nutrition', 'biochemistry'];
    });
    const result = parseBackup(v2);
    expect(result).toMatchObject({ ok: true, upgradedFrom: 2 });
    if (!result.ok) return;
    expect(result.backup.settings.bands).toEqual({ cardiovascular: 'same', 'biochemistry-nutrition': 'lower' });
    expect(result.backup.tasks[0]!.areaIds).toEqual(['biochemistry-nutrition']);
  });
});
