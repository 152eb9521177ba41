// The replanner's public face.
export { replan } from './replan';
export { overdueTasks } from './overdue';
export { replanSummary, choiceText, formatMinutes, pastDayName, weekdayName } from './replan-summary';
export type { ReplanChoice, ReplanInput, ReplanResult, TaskMove } from './replan-types';
