// Reads a backup file's text into a validated, current-version backup, or says in one sentence what is wrong with
// it. Nothing here throws on any input (tests/unit/domain/backup/parse-backup-fuzz.test.ts).
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, MAX_BACKUP_BYTES, backupSchema, type Backup } from './backup-schema';
import { issueMessage } from './issue-message';
import { upgradeBackup, type RawBackup } from './upgrade-backup';

export type ParsedBackup = { ok: true; backup: Backup; upgradedFrom?: number } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checked on the file's size before it is read at all. */
export function backupSizeProblem(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? `This file is ${megabytes(bytes)}; a Retake Coach backup is at most ${megabytes(MAX_BACKUP_BYTES)}.`
    : null;
}

/** A value from the file shown in a message: short, and never the file's whole content. */
function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function parseBackup(text: string): ParsedBackup {
  // A string's length is at most its UTF-8 size, so this refuses only files that are too big.
  const tooBig = backupSizeProblem(text.length);
  if (tooBig) return { ok: false, message: tooBig };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not JSON, so it is not a Retake Coach backup.' };
  }
  const raw: RawBackup = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as RawBackup) : {};
  if (raw.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      message: `This is not a Retake Coach backup (format: ${shown(raw.format)}; expected "${BACKUP_FORMAT}").`,
    };
  }
  const version = raw.schemaVersion;
  // A safe integer: 1e21 is an integer to JavaScript, but no schema version, and prints as "1e+21".
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, message: `schemaVersion: must be a whole number from 1 (found ${shown(version)}).` };
  }
  if (version > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `This backup was made by a newer version (schema ${version}); this extension knows up to ${BACKUP_SCHEMA_VERSION}. Update the extension first.`,
    };
  }
  const result = v.safeParse(backupSchema, upgradeBackup(raw, version), { abortEarly: true });
  if (!result.success) return { ok: false, message: issueMessage(result.issues[0]) };
  return version < BACKUP_SCHEMA_VERSION
    ? { ok: true, backup: result.output, upgradedFrom: version }
    : { ok: true, backup: result.output };
}
