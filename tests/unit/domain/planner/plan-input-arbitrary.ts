// fast-check arbitraries for valid planner inputs: runways of 7-365 days, 0-720 minutes a weekday with at least one
// study day, random blocked dates (sometimes the exam day), bands, banks of 0-5000 and 0-10 forms.
import fc from 'fast-check';
import { addDays } from '../../../../lib/domain/day';
import type { PlanInput } from '../../../../lib/domain/planner/plan-types';
import { examProfiles } from '../../../../lib/domain/profiles';
import { step1Profile } from '../../../../lib/domain/profiles/step1';
import type { SupporterRole } from '../../../../lib/domain/settings';
import { BANDS } from '../../../../lib/domain/types';
import {
  CUSTOM_FORM_KINDS,
  CUSTOM_FORM_LIMITS,
  customFormId,
  studentProfile,
  type CustomForm,
} from '../../../../lib/domain/profiles/custom-forms';

const ROLES: SupporterRole[] = ['advisor', 'dean', 'tutor', 'study-partner', 'friend', 'other'];
export const STEP1_FORM_IDS = step1Profile.selfAssessments.map((form) => form.id);

const weekdayMinutes = fc
  .array(fc.integer({ min: 0, max: 720 }), { minLength: 7, maxLength: 7 })
  .chain((minutes) =>
    fc
      .integer({ min: 0, max: 6 })
      .map((day) => (minutes.some((m) => m > 0) ? minutes : minutes.map((m, i) => (i === day ? 240 : m)))),
  );

/** 0-3 forms the student added, of any kind and any length the form accepts (30 minutes to 10 hours). */
const customFormsArb = (minLength = 0) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom(...CUSTOM_FORM_KINDS),
        minutes: fc.integer({ min: CUSTOM_FORM_LIMITS.minMinutes, max: CUSTOM_FORM_LIMITS.maxMinutes }),
        questions: fc.option(fc.integer({ min: 1, max: CUSTOM_FORM_LIMITS.maxQuestions })),
      }),
      { minLength, maxLength: 3 },
    )
    .map((entries) =>
      entries.reduce<CustomForm[]>(
        (forms, entry, i) => [...forms, { ...entry, id: customFormId(entry.kind, forms), name: `Added form ${i + 1}` }],
        [],
      ),
    );

export interface PlanInputOptions {
  step1Only?: boolean;
  minRunway?: number;
  /** A fixed week instead of a random one. */
  week?: number[];
  /** Never a plan remade mid-way (no phaseStartDate). */
  fresh?: boolean;
  /** Always 1-3 forms the student added (otherwise a quarter of the plans have 1-3). */
  customForms?: boolean;
}

export const planInputArb = (options: PlanInputOptions = {}): fc.Arbitrary<PlanInput> =>
  fc
    .record({
      profile: options.step1Only
        ? fc.constant(step1Profile)
        : fc.oneof(
            { weight: 4, arbitrary: fc.constant(step1Profile) },
            { weight: 1, arbitrary: fc.constantFrom(...examProfiles) },
          ),
      startOffset: fc.integer({ min: 0, max: 700 }),
      runway: fc.integer({ min: options.minRunway ?? 7, max: 365 }),
      weekdayMinutes: options.week ? fc.constant(options.week) : weekdayMinutes,
      blockedOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 366 }), { maxLength: 40 }),
      bandPicks: fc.array(fc.constantFrom(...BANDS), {
        minLength: step1Profile.areas.length,
        maxLength: step1Profile.areas.length,
      }),
      questionBankLeft: fc.integer({ min: 0, max: 5000 }),
      practiceFormIds: fc.shuffledSubarray(STEP1_FORM_IDS, { maxLength: 10 }),
      // A quarter of the plans have forms the student added; they come ticked, at a random place in the list.
      customForms: options.customForms
        ? customFormsArb(1)
        : fc.oneof({ weight: 3, arbitrary: fc.constant<CustomForm[]>([]) }, { weight: 1, arbitrary: customFormsArb() }),
      customAt: fc.nat(),
      // The failed attempt: none, or up to 400 days before the start (so before and after 14 May 2026 both occur).
      failedBack: fc.option(fc.integer({ min: 1, max: 400 })),
      parallelTrack: fc.oneof(
        fc.constant({ kind: 'none' as const, hoursPerWeek: 0 }),
        fc.record({
          kind: fc.constantFrom('clinical' as const, 'step2ck' as const),
          hoursPerWeek: fc.integer({ min: 0, max: 40 }),
        }),
      ),
      // A third of the plans are remade mid-way: their phases began up to 120 days before their first day.
      phaseStartBack: options.fresh
        ? fc.constant(0)
        : fc.oneof(
            { weight: 2, arbitrary: fc.constant(0) },
            { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }) },
          ),
      supporters: fc.array(
        fc.record({ name: fc.constantFrom('Dr. Rivera', 'Sam', 'Ms. Okafor'), role: fc.constantFrom(...ROLES) }),
        { maxLength: 3 },
      ),
    })
    .map(
      ({
        profile,
        startOffset,
        runway,
        blockedOffsets,
        bandPicks,
        phaseStartBack,
        customForms,
        customAt,
        ...rest
      }): PlanInput => {
        const startDate = addDays('2026-01-01', startOffset);
        const at = customAt % (rest.practiceFormIds.length + 1);
        const practiceFormIds = [
          ...rest.practiceFormIds.slice(0, at),
          ...customForms.map((f) => f.id),
          ...rest.practiceFormIds.slice(at),
        ];
        return {
          ...rest,
          practiceFormIds,
          ...(phaseStartBack > 0 ? { phaseStartDate: addDays(startDate, -phaseStartBack) } : {}),
          profile: studentProfile(profile, customForms),
          startDate,
          examDate: addDays(startDate, runway),
          blockedDates: blockedOffsets.filter((offset) => offset <= runway).map((offset) => addDays(startDate, offset)),
          bands: Object.fromEntries(profile.areas.map((area, i) => [area.id, bandPicks[i % bandPicks.length]!])),
          idPrefix: 'plan',
        };
      },
    );
