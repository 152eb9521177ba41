// A realistic Step 1 retake input to vary one field at a time in example tests.
import type { PlanInput } from '../../../../lib/domain/planner/plan-types';
import { step1Profile } from '../../../../lib/domain/profiles/step1';

export function step1Input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    profile: step1Profile,
    startDate: '2026-11-25',
    examDate: '2027-01-27',
    weekdayMinutes: [360, 360, 360, 360, 360, 240, 0],
    blockedDates: [],
    bands: { cardiovascular: 'lower', pathology: 'lower', pharmacology: 'lower', 'respiratory-renal': 'higher' },
    questionBankLeft: 3000,
    practiceFormIds: ['nbme-28', 'nbme-29', 'nbme-30', 'uwsa2', 'free-120'],
    parallelTrack: { kind: 'none', hoursPerWeek: 0 },
    supporters: [
      { name: 'Dr. Rivera', role: 'advisor' },
      { name: 'Sam', role: 'study-partner' },
    ],
    idPrefix: 'p1',
    ...overrides,
  };
}
