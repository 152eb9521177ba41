// The direction of practice results: a least-squares slope over the most recent forms, in points per week.
import { daysBetween } from '../day';
import type { Assessment } from '../types';

/** The last few forms say where the student is now; older ones describe someone who studied less. */
export const TREND_FORMS = 4;

export function byDay(assessments: readonly Assessment[]): Assessment[] {
  return [...assessments].sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
}

/** null with fewer than two forms or when they were all taken on one day. */
export function trendPerWeek(assessments: readonly Assessment[]): number | null {
  const recent = byDay(assessments).slice(-TREND_FORMS);
  if (recent.length < 2) return null;
  const first = recent[0]!.day;
  const xs = recent.map((a) => daysBetween(first, a.day) / 7);
  const ys = recent.map((a) => a.percentCorrect);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  return sxy / sxx;
}
