import { describe, expect, it } from 'vitest';
import { examProfile } from '../../../../lib/domain/profiles';
import { readiness, trendPerWeek, type ReadinessInput } from '../../../../lib/domain/readiness';
import type { Assessment } from '../../../../lib/domain/types';

const profile = examProfile('usmle-step1');
const exam = (day: string, percentCorrect: number, fields: Partial<Assessment> = {}): Assessment => ({
  id: day,
  day,
  formId: 'nbme-30',
  percentCorrect,
  createdAt: `${day}T10:00:00Z`,
  ...fields,
});
const input = (fields: Partial<ReadinessInput>): ReadinessInput => ({
  assessments: [],
  profile,
  goAhead: { passProbability: 90, free120Percent: 0 },
  rescheduleDeadline: '',
  today: '2026-11-25',
  ...fields,
});

describe('readiness', () => {
  it('asks for a first form when none is logged', () => {
    const r = readiness(input({}));
    expect(r.level).toBe('no-data');
    expect(r.sentences[0]).toMatch(/No practice exam logged yet/);
  });

  it('measures the trend in points per week over the recent forms', () => {
    expect(trendPerWeek([exam('2026-11-01', 55), exam('2026-11-08', 58), exam('2026-11-15', 61)])).toBeCloseTo(3);
    expect(trendPerWeek([exam('2026-11-01', 55)])).toBeNull();
  });

  it("says how far the latest NBME's probability of passing is below the go-ahead probability", () => {
    const r = readiness(
      input({
        assessments: [exam('2026-11-08', 58, { passProbability: 40 }), exam('2026-11-15', 61, { passProbability: 48 })],
      }),
    );
    expect(r.level).toBe('below');
    expect(r.sentences).toContain(
      'That is an estimated 48% chance of passing, 42 points below your go-ahead level of 90% (an NBME estimated probability of passing).',
    );
    expect(r.sentences.join(' ')).not.toMatch(/predict/i);
    expect(r.decision).toBeNull();
  });

  it('compares like with like: the Free 120 by percent correct with its own level, never with the NBME probability', () => {
    const free = exam('2026-11-20', 68, { formId: 'free-120' });
    expect(readiness(input({ assessments: [free] })).level).toBe('no-go-ahead');
    expect(readiness(input({ assessments: [free] })).sentences.at(-1)).toMatch(/Set a Free 120 go-ahead level/);
    const r = readiness(input({ assessments: [free], goAhead: { passProbability: 90, free120Percent: 65 } }));
    expect(r.level).toBe('at-or-above');
    expect(r.sentences.at(-1)).toBe(
      'That is 68% correct on the Free 120, at or above your Free 120 go-ahead level of 65% correct.',
    );
  });

  it("never compares an NBME percent correct with a probability: it asks for the report's probability", () => {
    // Regression: 91% correct used to read "at or above" a go-ahead of 90 set as a probability.
    const r = readiness(input({ assessments: [exam('2026-11-20', 91)] }));
    expect(r.level).toBe('no-go-ahead');
    expect(r.sentences.at(-1)).toMatch(/estimated probability of passing when you log an NBME form/);
  });

  it('keeps the last comparable result when a UWorld form comes after it, and trends UWorld with UWorld only', () => {
    const r = readiness(
      input({
        assessments: [
          exam('2026-11-01', 60, { passProbability: 95 }),
          exam('2026-11-08', 70, { formId: 'uwsa1' }),
          exam('2026-11-15', 74, { formId: 'uwsa2' }),
        ],
      }),
    );
    expect(r.level).toBe('at-or-above');
    expect(r.sentences.at(-1)).toMatch(
      /^Your last comparable form, NBME Form 30 on 2026-11-01, gave an estimated 95% chance of passing: at or above/,
    );
    // 70 -> 74 in a week: the NBME's 60 two weeks before is another scale and does not pull the trend down.
    expect(r.trendPerWeek).toBeCloseTo(4);
  });

  it('lays out the options when results are below the go-ahead level and the reschedule deadline is near', () => {
    const r = readiness(
      input({ assessments: [exam('2026-11-20', 60, { passProbability: 70 })], rescheduleDeadline: '2026-12-02' }),
    );
    expect(r.decision).toMatchObject({ daysLeft: 7, deadline: '2026-12-02' });
    expect(r.decision?.options).toHaveLength(3);
  });

  it('raises no decision once the results reach the go-ahead level', () => {
    const r = readiness(
      input({ assessments: [exam('2026-11-20', 60, { passProbability: 93 })], rescheduleDeadline: '2026-12-02' }),
    );
    expect(r.level).toBe('at-or-above');
    expect(r.decision).toBeNull();
  });

  it('raises no decision after the reschedule deadline has passed', () => {
    const r = readiness(
      input({ assessments: [exam('2026-11-20', 50, { passProbability: 20 })], rescheduleDeadline: '2026-11-24' }),
    );
    expect(r.decision).toBeNull();
  });
});
