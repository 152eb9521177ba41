// Records from an old version, read: repaired when their meaning is plain, otherwise left out and counted.
import { describe, expect, it } from 'vitest';
import { readableTasks, unreadableMessage } from '../../../../lib/domain/backup/readable-records';
import { sampleBackup } from './sample-backup';

describe('readableTasks', () => {
  const good = sampleBackup().tasks[0]!;

  it('repairs a day stored as the number 20261130', () => {
    expect(readableTasks([{ ...good, day: 20261130 }])).toEqual({
      records: [{ ...good, day: '2026-11-30' }],
      unreadable: 0,
    });
  });

  it('leaves out and counts what cannot be read, and keeps the rest', () => {
    const read = readableTasks([
      good,
      { ...good, id: 'x', day: 20260230 },
      { ...good, id: 'y', minutes: 'lots' },
      null,
    ]);
    expect(read).toEqual({ records: [good], unreadable: 3 });
    expect(unreadableMessage(read.unreadable)).toBe(
      '3 records saved by an older version could not be read, so they are left out here and left as they were. Export backup (in Settings) keeps a copy of everything.',
    );
    expect(unreadableMessage(0)).toBe('');
  });
});
