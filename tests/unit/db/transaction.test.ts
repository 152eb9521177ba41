// The storage boundary: a transaction over repositories reports the stores it really wrote, and nothing more.
import { describe, expect, it } from 'vitest';
import { readTransaction, writeTransaction } from '../../../lib/db/transaction';
import { onboardedSettings, seed, task, testContext } from '../services/focus-test-context';

const wednesday = new Date(2026, 10, 25, 18).getTime();

describe('writeTransaction', () => {
  it('reports only the stores written, not the ones only read', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { id: 'qb' })]);
    const { written } = await writeTransaction(ctx.db, ['settings', 'tasks', 'logs'], async ({ settings, tasks }) => {
      await settings.read();
      const qb = await tasks.get('qb');
      await tasks.put({ ...qb!, status: 'done' });
    });
    expect(written).toEqual(['tasks']);
  });

  it('reports nothing when nothing was written, and each store once in the order first written', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    expect((await writeTransaction(ctx.db, ['settings', 'tasks'], ({ tasks }) => tasks.put())).written).toEqual([]);
    const { written } = await writeTransaction(
      ctx.db,
      ['settings', 'appState', 'tasks'],
      async ({ appState, tasks }) => {
        await tasks.put(task('2026-11-26', 0));
        await appState.update(() => ({ pinnedMessageId: 'm1' }));
        await tasks.delete('2026-11-26-0');
      },
    );
    expect(written).toEqual(['tasks', 'appState']);
  });

  it('writes nothing when the work throws', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    await expect(
      writeTransaction(ctx.db, ['tasks'], async ({ tasks }) => {
        await tasks.put(task('2026-11-26', 0));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await readTransaction(ctx.db, ['tasks'], ({ tasks }) => tasks.all())).toEqual([]);
  });
});

describe('readTransaction', () => {
  it('reads the settings over the defaults, and the stored record as it is', async () => {
    const ctx = await testContext(wednesday);
    const before = await readTransaction(
      ctx.db,
      ['settings'],
      async ({ settings }) => [await settings.read(), await settings.stored()] as const,
    );
    expect(before[0].dayStartHour).toBe(4);
    expect(before[1]).toBeUndefined();
  });

  it("gives a day's tasks in plan order", async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 2), task('2026-11-25', 0), task('2026-11-26', 1)]);
    expect(
      (await readTransaction(ctx.db, ['tasks'], ({ tasks }) => tasks.onDay('2026-11-25'))).map((t) => t.order),
    ).toEqual([0, 2]);
  });
});
