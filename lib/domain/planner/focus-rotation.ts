// Which areas each day's review and questions are about. A deficit round robin over minutes: each day goes to the
// areas furthest behind their weighted share, so a heavier (weaker) area comes up first and more often.
// Days are handed out longest first (and by date within the same length), not in date order: otherwise a weak area
// could land on a short day and a strong one on a long day, and marking an area "lower" could lose it minutes.
// With a usual week most days are the same length, so the order stays chronological and weak areas come first.
import type { WeightedArea } from './weights';

/** The `picks` areas for each day, from the minutes each day spends on them (0 = the day has no focus). */
export function assignFocus(minutesByDay: readonly number[], areas: readonly WeightedArea[], picks = 1): WeightedArea[][] {
  const result: WeightedArea[][] = minutesByDay.map(() => []);
  const count = Math.min(picks, areas.length);
  if (count === 0) return result;
  const received = areas.map(() => 0);
  let handedOut = 0;
  const order = minutesByDay
    .map((minutes, day) => ({ minutes, day }))
    .filter(({ minutes }) => minutes > 0)
    .sort((a, b) => b.minutes - a.minutes || a.day - b.day);
  for (const { minutes, day } of order) {
    const after = handedOut + minutes * count;
    const chosen: number[] = [];
    for (let pick = 0; pick < count; pick++) {
      const best = furthestBehind(areas, received, after, chosen);
      chosen.push(best);
    }
    for (const index of chosen) received[index] = (received[index] ?? 0) + minutes;
    handedOut = after;
    result[day] = chosen.map((index) => areas[index]!);
  }
  return result;
}

/** The area with the largest deficit (ties: larger share, then earlier), skipping those already chosen. */
function furthestBehind(areas: readonly WeightedArea[], received: readonly number[], after: number, skip: readonly number[]): number {
  let best = -1;
  let bestDeficit = -Infinity;
  areas.forEach((area, index) => {
    if (skip.includes(index)) return;
    const deficit = area.share * after - (received[index] ?? 0);
    const better = deficit > bestDeficit || (deficit === bestDeficit && area.share > areas[best]!.share);
    if (better) { best = index; bestDeficit = deficit; }
  });
  return best;
}
