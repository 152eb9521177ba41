// Pure aggregations for the progress page, the support nudge and the latest mood.
export { studiedMinutesByDay } from './studied-minutes';
export { heatLevel, heatWeeks, type HeatCell } from './heat-map';
export { questionsByArea, questionsByWeek, type QuestionTotal } from './question-totals';
export { tasksByWeek, type WeekTasks } from './tasks-by-week';
export { SUPPORT_GAP_DAYS, supportNudge } from './support-nudge';
export { latestMood, type LatestMood } from './latest-mood';
export { progressSummary, type ProgressRecords, type ProgressSummary, type ScorePoint } from './progress-summary';
