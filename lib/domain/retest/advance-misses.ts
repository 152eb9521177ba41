// A done retest task moves its misses on: after round 1 the miss waits for round 2, after round 2 it is retired.
// A question answered wrong at a retest is logged again as a new miss from the block form, so ticking the task
// means "retested"; the wrong ones start over through their new log.
import { addDays, type DayKey } from '../day';
import type { Miss, Task } from '../types';
import { RETEST_OFFSETS } from './retest-schedule';

/** The misses that change, given every done retest task. Idempotent: a miss never goes back a round. */
export function advanceMisses(misses: readonly Miss[], tasks: readonly Task[]): Miss[] {
  const roundDone = new Map<string, number>();
  for (const t of tasks) {
    if (t.kind !== 'retest-misses' || t.status !== 'done' || !t.missIds || !t.retestRound) continue;
    for (const id of t.missIds) roundDone.set(id, Math.max(roundDone.get(id) ?? 0, t.retestRound));
  }
  const changed: Miss[] = [];
  for (const miss of misses) {
    const round = roundDone.get(miss.id) ?? 0;
    if (round <= miss.retests) continue;
    const next = RETEST_OFFSETS[round];
    const due: DayKey | undefined = next === undefined ? undefined : addDays(miss.loggedOn, next);
    changed.push({ ...miss, retests: round, due });
  }
  return changed;
}
