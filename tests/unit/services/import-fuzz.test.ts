// The whole import path (file text -> parser -> one transaction) on mutated backups: a refused file leaves the
// database exactly as it was, an accepted one is stored exactly as parsed, and undo puts the old data back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../../lib/domain/backup';
import { exportBackup, importBackup, undoLastImport } from '../../../lib/services/backup';
import { REFUSAL, mutatedBackupText } from '../domain/backup/mutate-backup';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const byId = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** A backup's content, independent of the order of its lists and of when it was written. */
function content({ exportedAt: _time, ...backup }: Backup) {
  const { settings, appState, format, schemaVersion, ...lists } = backup;
  return {
    settings,
    appState,
    format,
    schemaVersion,
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, byId(v as { id: string }[])])),
  };
}

describe('importing mutated backups', () => {
  it('changes nothing on a refusal and stores exactly what it accepts', async () => {
    const ctx = await testContext(Date.UTC(2026, 10, 25, 20));
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'mine' })]);
    const before = await exportBackup(ctx);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutatedBackupText, async (text) => {
        const parsed = parseBackup(text);
        if (!parsed.ok) {
          expect(parsed.message).toMatch(REFUSAL);
          expect(await exportBackup(ctx)).toEqual(before);
          return;
        }
        accepted++;
        await importBackup(ctx, parsed.backup);
        expect(content(await exportBackup(ctx))).toEqual(content(parsed.backup));
        expect(await undoLastImport(ctx)).toBe(true);
        expect(await exportBackup(ctx)).toEqual(before);
      }),
      { numRuns: 1000, seed: 1125 },
    );
    expect(accepted).toBeGreaterThan(10);
  });
});
