import { describe, expect, it } from 'vitest';
import { alarmName, isDerivedAlarm, parseAlarmName } from '../../../../lib/domain/alarms';

describe('alarm names', () => {
  it.each([
    [alarmName.morning('2026-11-26'), 'morning', '2026-11-26'],
    [alarmName.study('2026-11-25', '13:30'), 'study', '2026-11-25T13:30'],
    [alarmName.focusEnd('a:b'), 'focus-end', 'a:b'],
    [alarmName.snooze('evening:2026-11-25'), 'snooze', 'evening:2026-11-25'],
    ['focus-tick', 'focus-tick', ''],
  ])('reads %s back as its kind and subject', (name, kind, subject) => {
    expect(parseAlarmName(name)).toEqual({ kind, subject });
  });

  it.each(['', 'morning', 'lunch:2026-11-25', 'morning:'])('rejects %j', (name) => {
    expect(parseAlarmName(name)).toBeNull();
  });

  it('leaves snoozes and foreign alarms out of the derived set', () => {
    expect(isDerivedAlarm('evening:2026-11-25')).toBe(true);
    expect(isDerivedAlarm('snooze:evening:2026-11-25')).toBe(false);
    expect(isDerivedAlarm('someone-else')).toBe(false);
  });
});
