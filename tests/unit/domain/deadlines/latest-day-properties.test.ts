// The latest day to sit, over deadlines, result weeks, exam dates and "today" taken from instants around this zone's
// clock changes and around year ends (vitest.config.ts runs this file in five zones).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, planDayAt, type DayKey } from '../../../../lib/domain/day';
import { deadlineNotices, latestDayToSit, resultDay } from '../../../../lib/domain/deadlines';
import { currentZone } from '../zones';
import { dayLabelWithYear } from '../../../../lib/domain/format/day-words';

const zone = currentZone();
const HOUR = 3_600_000;
// Instants within three days of each clock change of 2026 and of the turns of 2026, 2027 and 2028.
const anchors = [
  ...zone.changes2026.map((c) => Date.parse(`${c.day}T12:00:00Z`)),
  Date.parse('2026-12-31T12:00:00Z'),
  Date.parse('2027-12-31T12:00:00Z'),
  Date.parse('2027-07-01T12:00:00Z'),
];
const nowArb = fc
  .tuple(fc.constantFrom(...anchors), fc.integer({ min: -72, max: 72 }), fc.integer({ min: 0, max: 59 }))
  .map(([t, h, m]) => t + h * HOUR + m * 60_000);
// Deadlines anywhere in the next two years, and deadlines aimed at the awkward seasons: mid-January to late
// February (the allowance lands in the no-testing weeks) and June to mid-July (the slow-result window).
const deadlineArb = (today: DayKey) =>
  fc.oneof(
    fc.integer({ min: 0, max: 800 }).map((n) => addDays(today, n)),
    fc.tuple(fc.constantFrom(2027, 2028), fc.integer({ min: 0, max: 45 })).map(([y, n]) => addDays(`${y}-01-15`, n)),
    fc.tuple(fc.constantFrom(2027, 2028), fc.integer({ min: 0, max: 45 })).map(([y, n]) => addDays(`${y}-06-01`, n)),
  );
const caseArb = nowArb.chain((now) => {
  const today = planDayAt(now, 4);
  return fc.record({
    today: fc.constant(today),
    deadline: deadlineArb(today),
    resultWeeks: fc.integer({ min: 1, max: 16 }),
    examOffset: fc.integer({ min: 1, max: 700 }),
  });
});

describe(`the latest day to sit in ${zone.name}`, () => {
  it('leaves the allowance (and any July release) before the deadline, avoids 1-14 January and is never in the past', () => {
    fc.assert(
      fc.property(caseArb, ({ today, deadline, resultWeeks }) => {
        const { day } = latestDayToSit({ deadline, resultWeeks, today });
        // Day by day, the last day from today on that is open for testing and has its result by the deadline.
        const fits = (d: DayKey) =>
          !(d.slice(5) >= '01-01' && d.slice(5) <= '01-14') && resultDay(d, resultWeeks) <= deadline;
        let best: DayKey | null = null;
        for (let d = today; d <= deadline; d = addDays(d, 1)) if (fits(d)) best = d;
        expect(day).toBe(best);
        if (day === null) return;
        expect(addDays(day, 7 * resultWeeks) <= deadline).toBe(true);
        expect(resultDay(day, resultWeeks) <= deadline).toBe(true);
        expect(day.slice(5) >= '01-01' && day.slice(5) <= '01-14').toBe(false);
        expect(day >= today).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('warns that the exam date is after it exactly when it is, and never when the date is within it', () => {
    fc.assert(
      fc.property(caseArb, ({ today, deadline, resultWeeks, examOffset }) => {
        const latest = latestDayToSit({ deadline, resultWeeks, today });
        const examDate = addDays(today, examOffset);
        const notices = deadlineNotices({
          examDate,
          schoolDeadline: deadline,
          resultWeeks,
          latest,
          earliestAttempt: today,
          eligibilityEnd: '',
          examFeeUSD: 680,
        });
        const warned = notices.some((n) => n.kind === 'after-latest-day' || n.kind === 'no-testing');
        if (latest.day === null) expect(notices.map((n) => n.kind)).toEqual(['no-date-fits']);
        else expect(warned).toBe(examDate > latest.day);
        for (const n of notices.filter((x) => x.kind === 'after-latest-day'))
          expect(n.sentences.join(' ')).toContain(dayLabelWithYear(deadline));
      }),
      { numRuns: 300 },
    );
  });
});
