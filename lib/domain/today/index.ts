// The "today" the new tab and the popup show: countdown, phase, next practice exam, progress, and the view itself.
export { countdownText, daysToExam } from './countdown';
export { phaseName, phaseNameOn } from './phase-name';
export { nextPracticeExam, type NextPracticeExam } from './next-practice-exam';
export { dayProgress, taskProgress, weekProgress, type TaskProgress } from './task-progress';
export { isStudyDay, LOOK_BACK_DAYS, missedDays, streakDays, studiedDays } from './study-days';
export { isLowScore } from './low-score';
export { todayView, type DayView, type TodayRecords, type TodayView } from './today-view';
