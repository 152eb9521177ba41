// The settings record. Every field is optional with its default (lib/domain/settings.ts): a backup written before
// a field existed still imports, as `withDefaults` (lib/domain/with-defaults.ts) reads an old stored record.
import * as v from 'valibot';
import { LIST_LIMITS, storedExamDateProblem, TEXT_LIMITS } from '../limits';
import { BUDGET_ROW_IDS } from '../budget/budget-settings';
import { MAX_AMOUNT_USD } from '../budget/cost-facts';
import { RESULT_WEEKS_RANGE } from '../deadlines/timing-facts';
import { defaultSettings, type Settings } from '../settings';
import { BANDS } from '../types';
import { CUSTOM_FORM_KINDS, CUSTOM_FORM_LIMITS } from '../profiles/custom-forms';
import {
  OBJECT,
  clock,
  day,
  dayOrEmpty,
  decimal,
  flag,
  isoTimeOrEmpty,
  list,
  oneOf,
  text,
  whole,
} from './backup-fields';

const fallback =
  <K extends keyof Settings>(key: K) =>
  () =>
    structuredClone(defaultSettings[key]);
const week = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, 'must be a list'), v.length(7, 'must hold 7 entries, Monday first'));
const studyWindow = v.strictObject({ start: clock(), end: clock() }, OBJECT);
const bands = v.pipe(
  v.record(text(100), oneOf(BANDS), OBJECT),
  v.check((b) => Object.keys(b).length <= 200, 'must hold at most 200 areas'),
);
const ids = (max: number) => list(text(TEXT_LIMITS.id), max);
// The bounds the Retake budget form enforces (lib/domain/budget/parse-amount.ts).
const amount = () => v.optional(decimal(0, MAX_AMOUNT_USD));
const budget = v.strictObject(
  {
    hidden: flag(),
    testsAbroad: flag(),
    amounts: v.strictObject(
      Object.fromEntries(BUDGET_ROW_IDS.map((rowId) => [rowId, amount()])) as Record<
        (typeof BUDGET_ROW_IDS)[number],
        ReturnType<typeof amount>
      >,
      OBJECT,
    ),
    paid: list(oneOf(BUDGET_ROW_IDS), BUDGET_ROW_IDS.length),
  },
  OBJECT,
);

const settingsFields = v.strictObject(
  {
    examId: v.optional(text(TEXT_LIMITS.examId), fallback('examId')),
    examDate: v.optional(dayOrEmpty(), fallback('examDate')),
    examBooked: v.optional(flag(), fallback('examBooked')),
    startDate: v.optional(dayOrEmpty(), fallback('startDate')),
    weekdayMinutes: v.optional(week(decimal(0, 1440)), fallback('weekdayMinutes')),
    blockedDates: v.optional(list(day(), LIST_LIMITS.blockedDates), fallback('blockedDates')),
    bands: v.optional(bands, fallback('bands')),
    questionBankLeft: v.optional(whole(0, 100_000), fallback('questionBankLeft')),
    questionBankCountedAt: v.optional(isoTimeOrEmpty(), fallback('questionBankCountedAt')),
    practiceFormIds: v.optional(ids(200), fallback('practiceFormIds')),
    // The bounds the practice form enforces (customFormProblem); a record without the field reads none.
    customForms: v.optional(
      list(
        v.strictObject(
          {
            id: v.pipe(
              text(TEXT_LIMITS.formId),
              v.regex(/^(nbme|uwsa|school|amboss|other)-custom-\d+$/, 'is not an added form id'),
            ),
            kind: oneOf(CUSTOM_FORM_KINDS),
            name: v.pipe(text(CUSTOM_FORM_LIMITS.name), v.minLength(1, 'must not be empty')),
            minutes: whole(CUSTOM_FORM_LIMITS.minMinutes, CUSTOM_FORM_LIMITS.maxMinutes),
            questions: v.nullable(whole(1, CUSTOM_FORM_LIMITS.maxQuestions)),
          },
          OBJECT,
        ),
        CUSTOM_FORM_LIMITS.forms,
      ),
      fallback('customForms'),
    ),
    parallelTrack: v.optional(
      v.strictObject({ kind: oneOf(['none', 'clinical', 'step2ck']), hoursPerWeek: decimal(0, 168) }, OBJECT),
      fallback('parallelTrack'),
    ),
    dayStartHour: v.optional(whole(0, 23), fallback('dayStartHour')),
    morningTime: v.optional(clock(), fallback('morningTime')),
    eveningTime: v.optional(clock(), fallback('eveningTime')),
    studyWindows: v.optional(week(list(studyWindow, 24)), fallback('studyWindows')),
    quietHours: v.optional(
      v.strictObject({ enabled: flag(), start: clock(), end: clock() }, OBJECT),
      fallback('quietHours'),
    ),
    notifications: v.optional(
      v.strictObject(
        { enabled: flag(), morning: flag(), studyBlocks: flag(), focus: flag(), evening: flag(), practiceEve: flag() },
        OBJECT,
      ),
      fallback('notifications'),
    ),
    focus: v.optional(
      v.strictObject(
        {
          // The same bounds the Reminders form enforces (components/reminders/reminder-form.ts).
          focusMinutes: whole(1, 180),
          shortBreakMinutes: whole(1, 60),
          longBreakMinutes: whole(1, 120),
          blocksBeforeLongBreak: whole(1, 12),
        },
        OBJECT,
      ),
      fallback('focus'),
    ),
    pauseFocusWhenIdle: v.optional(flag(), fallback('pauseFocusWhenIdle')),
    supporters: v.optional(
      list(
        v.strictObject(
          {
            name: text(TEXT_LIMITS.supporterName),
            role: oneOf(['advisor', 'dean', 'tutor', 'study-partner', 'friend', 'other']),
          },
          OBJECT,
        ),
        LIST_LIMITS.supporters,
      ),
      fallback('supporters'),
    ),
    wellbeingService: v.optional(
      v.strictObject(
        { name: text(TEXT_LIMITS.wellbeingServiceName), contact: text(TEXT_LIMITS.wellbeingServiceContact) },
        OBJECT,
      ),
      fallback('wellbeingService'),
    ),
    goAheadPercent: v.optional(decimal(0, 100), fallback('goAheadPercent')),
    goAheadPassProbability: v.optional(decimal(0, 100), fallback('goAheadPassProbability')),
    lightDayEachWeek: v.optional(flag(), fallback('lightDayEachWeek')),
    rescheduleDeadline: v.optional(dayOrEmpty(), fallback('rescheduleDeadline')),
    schoolDeadline: v.optional(dayOrEmpty(), fallback('schoolDeadline')),
    resultWeeks: v.optional(whole(RESULT_WEEKS_RANGE.min, RESULT_WEEKS_RANGE.max), fallback('resultWeeks')),
    eligibilityEnd: v.optional(dayOrEmpty(), fallback('eligibilityEnd')),
    budget: v.optional(budget, fallback('budget')),
    updatedAt: v.optional(isoTimeOrEmpty(), fallback('updatedAt')),
  },
  OBJECT,
);

/** The fields, and the exam date within the limit counted from the day the settings were saved (lib/domain/limits.ts). */
export const settingsSchema = v.pipe(
  settingsFields,
  v.forward(
    v.check(
      (s) => storedExamDateProblem(s) === null,
      (issue) => storedExamDateProblem(issue.input) ?? 'is out of range',
    ),
    ['examDate'],
  ),
);
