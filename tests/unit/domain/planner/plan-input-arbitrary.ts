// fast-check arbitraries for valid planner inputs: runways of 7-365 days, 0-720 minutes a weekday with at least one
// study day, random blocked dates (sometimes the exam day), bands, banks of 0-5000 and 0-10 forms.
import fc from 'fast-check';
import { addDays } from '../../../../lib/domain/day';
import type { PlanInput } from '../../../../lib/domain/planner/plan-types';
import { examProfiles } from '../../../../lib/domain/profiles';
import { step1Profile } from '../../../../lib/domain/profiles/step1';
import type { SupporterRole } from '../../../../lib/domain/settings';
import { BANDS } from '../../../../lib/domain/types';

const ROLES: SupporterRole[] = ['advisor', 'dean', 'tutor', 'study-partner', 'friend', 'other'];
export const STEP1_FORM_IDS = step1Profile.selfAssessments.map((form) => form.id);

const weekdayMinutes = fc
  .array(fc.integer({ min: 0, max: 720 }), { minLength: 7, maxLength: 7 })
  .chain((minutes) =>
    fc
      .integer({ min: 0, max: 6 })
      .map((day) => (minutes.some((m) => m > 0) ? minutes : minutes.map((m, i) => (i === day ? 240 : m)))),
  );

export interface PlanInputOptions {
  step1Only?: boolean;
  minRunway?: number;
  /** A fixed week instead of a random one. */
  week?: number[];
  /** Never a plan remade mid-way (no phaseStartDate). */
  fresh?: boolean;
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
    .map(({ profile, startOffset, runway, blockedOffsets, bandPicks, phaseStartBack, ...rest }): PlanInput => {
      const startDate = addDays('2026-01-01', startOffset);
      return {
        ...rest,
        ...(phaseStartBack > 0 ? { phaseStartDate: addDays(startDate, -phaseStartBack) } : {}),
        profile,
        startDate,
        examDate: addDays(startDate, runway),
        blockedDates: blockedOffsets.filter((offset) => offset <= runway).map((offset) => addDays(startDate, offset)),
        bands: Object.fromEntries(profile.areas.map((area, i) => [area.id, bandPicks[i % bandPicks.length]!])),
        idPrefix: 'plan',
      };
    });
