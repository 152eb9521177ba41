// Which areas a day's review and questions are about. A deficit round robin over minutes: each day goes to the
// areas furthest behind their weighted share, so a heavier (weaker) area comes up first and more often, and days
// of different lengths still add up to the right shares.
import type { WeightedArea } from './weights';

export interface FocusRotation {
  /** The `count` areas furthest behind once `minutes` more are handed out to each of them. */
  take(minutes: number, count?: number): WeightedArea[];
}

export function focusRotation(areas: readonly WeightedArea[]): FocusRotation {
  const received = areas.map(() => 0);
  let handedOut = 0;
  return {
    take(minutes, count = 1) {
      if (areas.length === 0 || minutes <= 0) return [];
      const picks = Math.min(count, areas.length);
      const after = handedOut + minutes * picks;
      const ranked = areas
        .map((area, index) => ({ area, index, deficit: area.share * after - (received[index] ?? 0) }))
        .sort((a, b) => b.deficit - a.deficit || b.area.share - a.area.share || a.index - b.index)
        .slice(0, picks);
      for (const pick of ranked) received[pick.index] = (received[pick.index] ?? 0) + minutes;
      handedOut = after;
      return ranked.map((pick) => pick.area);
    },
  };
}
