// Thousands of broken backups: the parser never throws, and every refusal names the file's problem or one field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../lib/domain/backup';
import { REFUSAL, mutatedBackupText } from './mutate-backup';

describe('parseBackup on mutated backups', () => {
  it('returns a backup or a specific refusal, and never throws', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedBackupText, (text) => {
        const result = parseBackup(text);
        if (result.ok) {
          // What it accepts, it accepts again after a trip through the file format: nothing half-valid slips in.
          expect(parseBackup(JSON.stringify(result.backup))).toEqual({ ok: true, backup: result.backup });
        } else {
          refused++;
          expect(result.message).toMatch(REFUSAL);
          expect(result.message.length).toBeLessThan(400);
        }
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    // The mutations are mostly harmful: if nearly none were refused, the generator would be testing nothing.
    expect(refused).toBeGreaterThan(1500);
  });

  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) =>
            JSON.stringify({
              format: 'retake-coach-backup',
              schemaVersion: 2,
              tasks: v,
              settings: { bands: v },
              misses: [v],
            }),
          ),
        ),
        (text) => {
          const result = parseBackup(text);
          expect(result.ok || REFUSAL.test(result.message)).toBe(true);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
