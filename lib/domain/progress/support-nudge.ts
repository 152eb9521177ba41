// After two weeks without a check-in with a supporter, suggest reaching out. Retaking is lonely work; a short
// conversation with an advisor, tutor or friend helps more than another hour alone.
import { addDays, daysBetween, type DayKey } from '../day';
import type { Supporter } from '../settings';
import type { Task } from '../types';

export const SUPPORT_GAP_DAYS = 14;

/** A sentence, or null when a check-in is recent or the plan is younger than two weeks. */
export function supportNudge(
  tasks: readonly Task[],
  supporters: readonly Supporter[],
  planStart: DayKey,
  today: DayKey,
): string | null {
  if (planStart === '' || daysBetween(planStart, today) < SUPPORT_GAP_DAYS) return null;
  const since = addDays(today, -SUPPORT_GAP_DAYS);
  if (tasks.some((t) => t.kind === 'support' && t.status === 'done' && t.day > since)) return null;
  const named = supporters.map((s) => s.name.trim()).filter((n) => n !== '');
  const who = named.length > 0 ? named[0] : 'someone in your corner (an advisor, a tutor, a friend)';
  return `It has been two weeks since your last check-in. A short message to ${who} about how the week went is worth the ten minutes.`;
}
