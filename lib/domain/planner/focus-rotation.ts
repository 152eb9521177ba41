// Which areas each day's review and questions are about. A deficit round robin over minutes: each day goes to the
// areas furthest behind their weighted share, so a heavier (weaker) area comes up first and more often.
// Days are handed out longest first (and by date within the same length), not in date order: otherwise a weak area
// could land on a short day and a strong one on a long day, and marking an area "lower" could lose it minutes. Then
// every area marked "lower" that has no day in the first 30% of study days takes one there (issue 11, rule 6).
import type { WeightedArea } from './weights';

export interface FocusOptions {
  /** Days with an index below this are the early stretch, where every "lower" area comes up at least once. */
  earlyDays?: number;
  /** Whether `area` may be picked on day `day` (titles pair a system only with disciplines that fit it). */
  allowed?: (day: number, area: WeightedArea) => boolean;
}

/** The `picks` areas for each day, from the minutes each day spends on them (0 = the day has no focus). */
export function assignFocus(
  minutesByDay: readonly number[],
  areas: readonly WeightedArea[],
  picks = 1,
  options: FocusOptions = {},
): WeightedArea[][] {
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
    const fits = (index: number) => !chosen.includes(index) && (options.allowed?.(day, areas[index]!) ?? true);
    for (let pick = 0; pick < count; pick++) {
      const best = furthestBehind(areas, received, after, fits);
      if (best < 0) break;
      chosen.push(best);
    }
    for (const index of chosen) received[index] = (received[index] ?? 0) + minutes;
    handedOut = after;
    result[day] = chosen.map((index) => areas[index]!);
  }
  weakAreasEarly(result, minutesByDay, areas, options);
  return result;
}

/**
 * Every "lower" area missing from the early stretch takes over an early day's place from an area that is not
 * "lower" (the longest such day, then the earliest). It only ever adds days to a weak area and takes them from
 * areas that are not weak, so marking an area "lower" still never loses it time.
 */
function weakAreasEarly(
  result: WeightedArea[][],
  minutesByDay: readonly number[],
  areas: readonly WeightedArea[],
  options: FocusOptions,
): void {
  const earlyDays = Math.min(options.earlyDays ?? 0, result.length);
  const weak = areas.filter((area) => area.band === 'lower').sort((a, b) => b.share - a.share);
  for (const area of weak) {
    if (result.slice(0, earlyDays).some((picked) => picked.includes(area))) continue;
    let best: { day: number; slot: number } | undefined;
    for (let day = 0; day < earlyDays; day++) {
      const slot = result[day]!.findIndex((other) => other.band !== 'lower');
      if (slot < 0 || !(options.allowed?.(day, area) ?? true)) continue;
      if (!best || (minutesByDay[day] ?? 0) > (minutesByDay[best.day] ?? 0)) best = { day, slot };
    }
    if (best) result[best.day]![best.slot] = area;
  }
}

/** The area with the largest deficit (ties: larger share, then earlier) among those that fit; -1 when none does. */
function furthestBehind(
  areas: readonly WeightedArea[],
  received: readonly number[],
  after: number,
  fits: (index: number) => boolean,
): number {
  let best = -1;
  let bestDeficit = -Infinity;
  areas.forEach((area, index) => {
    if (!fits(index)) return;
    const deficit = area.share * after - (received[index] ?? 0);
    const better = deficit > bestDeficit || (deficit === bestDeficit && area.share > areas[best]!.share);
    if (better) {
      best = index;
      bestDeficit = deficit;
    }
  });
  return best;
}
