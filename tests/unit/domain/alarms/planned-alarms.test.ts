import { describe, expect, it } from 'vitest';
import { plannedAlarms, type PlannedAlarm } from '../../../../lib/domain/alarms';
import { startSession, pauseSession } from '../../../../lib/domain/focus';
import { defaultSettings } from '../../../../lib/domain/settings';
import { local, MIN, stateWith } from './alarm-fixtures';

const byKind = (alarms: PlannedAlarm[], kind: PlannedAlarm['kind']) => alarms.filter((a) => a.kind === kind);
const only = (alarms: PlannedAlarm[], kind: PlannedAlarm['kind']) => {
  const found = byKind(alarms, kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};

// Wednesday 25 November 2026, 10:00 local.
const WED_10 = local(2026, 11, 25, 10);

describe('the reminders of an ordinary day', () => {
  const alarms = plannedAlarms(stateWith(), WED_10);

  it('plans the next morning summary for tomorrow at the morning time', () => {
    expect(only(alarms, 'morning')).toEqual({
      name: 'morning:2026-11-26',
      kind: 'morning',
      when: local(2026, 11, 26, 7, 30),
    });
  });

  it('plans the next study window start, the afternoon one', () => {
    expect(only(alarms, 'study')).toEqual({
      name: 'study:2026-11-25T13:30',
      kind: 'study',
      when: local(2026, 11, 25, 13, 30),
    });
  });

  it("plans tonight's evening review", () => {
    expect(only(alarms, 'evening')).toEqual({
      name: 'evening:2026-11-25',
      kind: 'evening',
      when: local(2026, 11, 25, 21),
    });
  });

  it('plans the day rollover at the day-start hour', () => {
    expect(only(alarms, 'day-rollover')).toEqual({
      name: 'day-rollover:2026-11-26',
      kind: 'day-rollover',
      when: local(2026, 11, 26, 4),
    });
  });

  it('gives every alarm a distinct name', () => {
    expect(new Set(alarms.map((a) => a.name)).size).toBe(alarms.length);
  });

  it('plans only future instants', () => {
    expect(alarms.every((a) => a.when > WED_10)).toBe(true);
  });
});

describe('study windows', () => {
  it('skips the weekend day off and reminds on Monday morning', () => {
    const saturdayEvening = local(2026, 11, 28, 18);
    expect(only(plannedAlarms(stateWith(), saturdayEvening), 'study').name).toBe('study:2026-11-30T08:00');
  });

  it('skips a blocked date', () => {
    const tuesdayNight = local(2026, 11, 24, 22);
    expect(only(plannedAlarms(stateWith({ blockedDates: ['2026-11-25'] }), tuesdayNight), 'study').name).toBe(
      'study:2026-11-26T08:00',
    );
  });
});

describe('the evening before a practice exam', () => {
  it('reminds an hour before the evening review on the day before', () => {
    const alarms = plannedAlarms(stateWith({}, { practiceExamDays: ['2026-11-28', '2026-12-05'] }), WED_10);
    expect(byKind(alarms, 'practice-eve')).toEqual([
      { name: 'practice-eve:2026-11-28', kind: 'practice-eve', when: local(2026, 11, 27, 20) },
      { name: 'practice-eve:2026-12-05', kind: 'practice-eve', when: local(2026, 12, 4, 20) },
    ]);
  });

  it('plans nothing for an exam whose eve has passed', () => {
    expect(byKind(plannedAlarms(stateWith({}, { practiceExamDays: ['2026-11-25'] }), WED_10), 'practice-eve')).toEqual(
      [],
    );
  });
});

describe('quiet hours', () => {
  const quiet = { enabled: true, start: '22:00', end: '08:00' };

  it('moves the morning summary to the end of quiet hours', () => {
    expect(only(plannedAlarms(stateWith({ quietHours: quiet }), WED_10), 'morning').when).toBe(local(2026, 11, 26, 8));
  });

  it('skips a study start inside quiet hours rather than sending it late', () => {
    const state = stateWith({ quietHours: { enabled: true, start: '12:00', end: '14:00' } });
    expect(only(plannedAlarms(state, WED_10), 'study').name).toBe('study:2026-11-26T08:00');
  });

  it('skips an evening review inside quiet hours', () => {
    expect(
      byKind(
        plannedAlarms(stateWith({ quietHours: { enabled: true, start: '20:30', end: '07:00' } }), WED_10),
        'evening',
      ),
    ).toEqual([]);
  });

  it('changes nothing when quiet hours are off', () => {
    expect(only(plannedAlarms(stateWith({ quietHours: { ...quiet, enabled: false } }), WED_10), 'morning').when).toBe(
      local(2026, 11, 26, 7, 30),
    );
  });
});

describe('toggles', () => {
  it('plans only the day rollover when notifications are off', () => {
    const off = { ...defaultSettings.notifications, enabled: false };
    expect(
      plannedAlarms(stateWith({ notifications: off }, { practiceExamDays: ['2026-11-28'] }), WED_10).map((a) => a.kind),
    ).toEqual(['day-rollover']);
  });

  it.each([
    ['morning', 'morning'],
    ['studyBlocks', 'study'],
    ['evening', 'evening'],
    ['practiceEve', 'practice-eve'],
  ] as const)('turning off %s removes the %s alarm only', (toggle, kind) => {
    const state = stateWith(
      { notifications: { ...defaultSettings.notifications, [toggle]: false } },
      { practiceExamDays: ['2026-11-28'] },
    );
    const kinds = plannedAlarms(state, WED_10).map((a) => a.kind);
    expect(kinds).not.toContain(kind);
    expect(kinds).toHaveLength(4);
  });

  it('plans no reminders before onboarding', () => {
    expect(plannedAlarms(stateWith({}, { hasPlan: false }), WED_10)).toEqual([]);
  });
});

describe('a focus block', () => {
  const block = startSession({ id: 'f1', kind: 'focus', day: '2026-11-25', minutes: 50 }, WED_10);

  it('plans its end and a per-minute badge tick', () => {
    const alarms = plannedAlarms(stateWith({}, { hasPlan: false, activeSession: block }), WED_10 + 30_000);
    expect(alarms).toEqual([
      { name: 'focus-end:f1', kind: 'focus-end', when: WED_10 + 50 * MIN },
      { name: 'focus-tick', kind: 'focus-tick', when: WED_10 + MIN, periodInMinutes: 1 },
    ]);
  });

  it("plans a break's end under its own name", () => {
    const rest = startSession({ id: 'b1', kind: 'long-break', day: '2026-11-25', minutes: 30 }, WED_10);
    expect(only(plannedAlarms(stateWith({}, { activeSession: rest }), WED_10), 'break-end')).toMatchObject({
      name: 'break-end:b1',
      when: WED_10 + 30 * MIN,
    });
  });

  it('plans nothing for a paused block', () => {
    expect(
      plannedAlarms(
        stateWith({}, { hasPlan: false, activeSession: pauseSession(block, WED_10 + MIN) }),
        WED_10 + 2 * MIN,
      ),
    ).toEqual([]);
  });

  it('keeps the end of a block that ran out while the worker slept, so it fires at once', () => {
    const alarms = plannedAlarms(stateWith({}, { hasPlan: false, activeSession: block }), WED_10 + 80 * MIN);
    expect(alarms).toEqual([{ name: 'focus-end:f1', kind: 'focus-end', when: WED_10 + 50 * MIN }]);
  });

  it('still ends when notifications are off, since the block must finish either way', () => {
    const off = { ...defaultSettings.notifications, enabled: false, focus: false };
    expect(
      only(plannedAlarms(stateWith({ notifications: off }, { activeSession: block }), WED_10), 'focus-end').when,
    ).toBe(WED_10 + 50 * MIN);
  });
});
