// Readiness: practice results against the go-ahead level, and the decision when the reschedule deadline is near.
export { DECISION_WINDOW_DAYS, readiness, type Readiness, type ReadinessInput, type ReadinessLevel } from './readiness';
export { TREND_FORMS, byDay, trendPerWeek } from './score-trend';
export {
  compareWithGoAhead,
  goAheadLevels,
  sameScale,
  scoreScale,
  type GoAheadComparison,
  type GoAheadLevels,
  type ScoreScale,
} from './go-ahead';
