import { describe, expect, it } from 'vitest';
import { addDays, dayRange } from '../../../../lib/domain/day';
import { dayCapacity, phaseOf } from '../../../../lib/domain/planner';
import { step1Input } from './plan-input-fixture';

describe('phaseOf', () => {
  it('splits a 10-week runway into a week of reset, rebuild, consolidate and the last 10 days', () => {
    const start = '2026-11-25';
    const exam = addDays(start, 70);
    const phases = dayRange(start, addDays(exam, -1)).map((day) => phaseOf(day, start, exam));
    expect(phases.filter((p) => p === 'reset')).toHaveLength(7);
    expect(phases.filter((p) => p === 'final')).toHaveLength(10);
    expect(phases.filter((p) => p === 'consolidate')).toHaveLength(19);
    expect(phases.filter((p) => p === 'rebuild')).toHaveLength(34);
  });

  it('keeps at least 2 reset days and a 3-day final on a 7-day runway', () => {
    const phases = dayRange('2026-11-25', '2026-12-01').map((day) => phaseOf(day, '2026-11-25', '2026-12-02'));
    expect(phases).toEqual(['reset', 'reset', 'rebuild', 'consolidate', 'final', 'final', 'final']);
  });

  it('answers for days outside the runway without throwing', () => {
    expect(phaseOf('2026-11-01', '2026-11-25', '2027-01-27')).toBe('reset');
    expect(phaseOf('2027-02-01', '2026-11-25', '2027-01-27')).toBe('final');
  });
});

describe('dayCapacity', () => {
  const input = step1Input({ blockedDates: ['2026-12-25'] });

  it('gives the weekday minutes on an ordinary study day', () => {
    expect(dayCapacity(input, '2026-11-30')).toBe(360);
    expect(dayCapacity(input, '2026-11-28')).toBe(240);
  });

  it('gives nothing on days off, blocked dates, the rest day, the exam day, or outside the plan', () => {
    for (const day of ['2026-11-29', '2026-12-25', '2027-01-26', '2027-01-27', '2027-02-01', '2026-11-24']) {
      expect(dayCapacity(input, day)).toBe(0);
    }
  });
});
