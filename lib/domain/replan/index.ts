// The replanner's public face.
export { replan } from './replan';
export { makeRoom, type MakeRoomInput, type MakeRoomResult } from './make-room';
export { overdueTasks } from './overdue';
export { replanSummary, makeRoomSummary, choiceText, formatMinutes, pastDayName, weekdayName } from './replan-summary';
export type { ReplanChoice, ReplanInput, ReplanResult, TaskMove } from './replan-types';
