// Inside a logging transaction: store the misses and bring them back as retest tasks about 2 and 7 days later,
// each on the first day from its target with room for it, so that a retest never overfills a day.
import { addDays, type DayKey } from '../domain/day';
import { RETEST_OFFSETS, cleanQuestionId, firstRetestDay, retestMinutes, retestTask } from '../domain/retest';
import type { Settings } from '../domain/settings';
import type { Miss, MissEntry, Task } from '../domain/types';
import type { Repositories } from '../db/transaction';
import { missSchema } from '../domain/backup/record-schemas';
import { requireStorable } from './record-limit-error';
import { capacityFromSettings } from './replan-capacity';

export const BLOCK_REPOSITORIES = ['settings', 'tasks', 'logs'] as const;
export type BlockRepos = Pick<Repositories, 'tasks' | 'logs'>;

/** How far past its target day a retest may slide looking for room. */
const SLIDE_DAYS = 3;

async function dayWithRoom(
  repos: BlockRepos,
  settings: Settings,
  today: DayKey,
  target: DayKey,
  minutes: number,
): Promise<{ day: DayKey; order: number } | null> {
  const { capacity, lastDay } = capacityFromSettings(settings, today);
  for (let day = target; day <= addDays(target, SLIDE_DAYS) && day <= lastDay; day = addDays(day, 1)) {
    const onDay: Task[] = await repos.tasks.onDay(day);
    const used = onDay.filter((t) => t.status !== 'skipped').reduce((s, t) => s + t.minutes, 0);
    if (used + minutes <= capacity(day)) return { day, order: onDay.reduce((m, t) => Math.max(m, t.order + 1), 0) };
  }
  return null;
}

/** Returns the retest tasks created (none when no day had room before the exam). */
export async function saveMissesWithRetests(
  repos: BlockRepos,
  ids: { newId: () => string },
  settings: Settings,
  today: DayKey,
  misses: readonly MissEntry[],
): Promise<Task[]> {
  const clean = misses
    .map((m) => ({ ...m, questionId: cleanQuestionId(m.questionId) }))
    .filter((m) => m.questionId !== '');
  if (clean.length === 0) return [];
  const missIds: string[] = [];
  for (const m of clean) {
    const miss: Miss = {
      id: ids.newId(),
      questionId: m.questionId,
      reason: m.reason,
      areaId: m.areaId,
      loggedOn: today,
      due: firstRetestDay(today),
      retests: 0,
    };
    await repos.logs.putMisses(requireStorable(missSchema, miss, 'The missed question'));
    missIds.push(miss.id);
  }
  const questionIds = clean.map((m) => m.questionId);
  const created: Task[] = [];
  for (const [round, offset] of RETEST_OFFSETS.entries()) {
    const slot = await dayWithRoom(repos, settings, today, addDays(today, offset), retestMinutes(questionIds.length));
    if (!slot) continue;
    const task = retestTask({ id: ids.newId(), ...slot, loggedOn: today, questionIds, missIds, round: round + 1 });
    await repos.tasks.put(task);
    created.push(task);
  }
  return created;
}
