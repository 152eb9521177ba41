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
  goAheadPercent: 0,
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

  it("says how far the latest form is below the go-ahead level, with the report's pass estimate", () => {
    const r = readiness(
      input({
        assessments: [exam('2026-11-08', 58), exam('2026-11-15', 61, { passProbability: 48 })],
        goAheadPercent: 65,
      }),
    );
    expect(r.level).toBe('below');
    expect(r.sentences).toContain('That is 4 points below your go-ahead level of 65%.');
    expect(r.sentences.join(' ')).toMatch(/48% chance of passing/);
    expect(r.sentences.join(' ')).not.toMatch(/predict/i);
    expect(r.decision).toBeNull();
  });

  it('lays out the options when results are below the go-ahead level and the reschedule deadline is near', () => {
    const r = readiness(
      input({ assessments: [exam('2026-11-20', 60)], goAheadPercent: 66, rescheduleDeadline: '2026-12-02' }),
    );
    expect(r.decision).toMatchObject({ daysLeft: 7, deadline: '2026-12-02' });
    expect(r.decision?.options).toHaveLength(3);
  });

  it('raises no decision once the results reach the go-ahead level', () => {
    const r = readiness(
      input({ assessments: [exam('2026-11-20', 68)], goAheadPercent: 66, rescheduleDeadline: '2026-12-02' }),
    );
    expect(r.level).toBe('at-or-above');
    expect(r.decision).toBeNull();
  });

  it('raises no decision after the reschedule deadline has passed', () => {
    const r = readiness(
      input({ assessments: [exam('2026-11-20', 50)], goAheadPercent: 66, rescheduleDeadline: '2026-11-24' }),
    );
    expect(r.decision).toBeNull();
  });
});
