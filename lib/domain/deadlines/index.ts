export {
  checkDeadlineFields,
  type DeadlineCheck,
  type DeadlineCheckContext,
  type DeadlineDraft,
  type DeadlineField,
  type DeadlineValues,
} from './check-deadline-fields';
export {
  deadlineNotices,
  type DeadlineNotice,
  type DeadlineNoticeInput,
  type DeadlineNoticeKind,
} from './deadline-notices';
export { freeRescheduleUntil, laterDateCost, type LaterDateCost, type LaterDateInput } from './later-date-cost';
export { latestDayToSit, type LatestDay, type LatestDayInput } from './latest-day-to-sit';
export { resultDay } from './result-day';
export {
  ELIGIBILITY_EXTENSION,
  FREE_RESCHEDULE,
  NO_TESTING,
  RESULT_WEEKS,
  RESULT_WEEKS_RANGE,
  SLOW_RESULTS,
  type DatedFact,
} from './timing-facts';
