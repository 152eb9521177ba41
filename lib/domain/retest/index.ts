// Retests of logged misses: when they come back, the task that brings them, and the Anki search for them.
export { RETEST_OFFSETS, afterRetest, dueMisses, firstRetestDay } from './retest-schedule';
export { retestMinutes, retestTask } from './retest-task';
export { ankiSearch, cleanQuestionId } from './anki-search';
export { advanceMisses } from './advance-misses';
