// When a result can be expected for a test on `examDate`: the weeks allowed, or, inside the yearly slow-result
// window, the release in July's second week if that is later (timing-facts.ts, SLOW_RESULTS).
import { addDays, type DayKey } from '../day';
import { inWindow, sameYear } from './month-day';
import { SLOW_RESULTS } from './timing-facts';

export function resultDay(examDate: DayKey, resultWeeks: number): DayKey {
  const allowed = addDays(examDate, resultWeeks * 7);
  if (!inWindow(examDate, SLOW_RESULTS)) return allowed;
  const july = sameYear(examDate, SLOW_RESULTS.resultsByMonthDay);
  return july > allowed ? july : allowed;
}
