// The one table of alarm kinds (lib/domain/alarms/alarm-kinds.ts): every row holds together, and the buttons, the
// on/off switches and the words everywhere else come from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_LABELS,
  ALARM_KIND_FACTS,
  ALARM_KINDS,
  alarmKindFacts,
  notificationActions,
  notificationOn,
  parseAlarmName,
} from '../../../../lib/domain/alarms';
import { defaultSettings } from '../../../../lib/domain/settings';

const settingsWith = (notifications: Partial<(typeof defaultSettings)['notifications']>) => ({
  notifications: { ...defaultSettings.notifications, ...notifications },
});

describe('the alarm kinds table', () => {
  it('lists every kind once, and every kind is one an alarm name can carry', () => {
    expect(ALARM_KINDS).toEqual(Object.keys(ALARM_KIND_FACTS));
    for (const kind of ALARM_KINDS) expect(parseAlarmName(`${kind}:x`)).toEqual({ kind, subject: 'x' });
  });

  it("gives each notification the buttons of its kind's row, each with a label", () => {
    for (const kind of ALARM_KINDS) {
      const { buttons } = alarmKindFacts(kind);
      expect(notificationActions(`${kind}:2026-12-02`)).toEqual(buttons);
      for (const button of buttons) expect(ACTION_LABELS[button]).toBeTruthy();
    }
  });

  it('says which task a button that starts a block puts it on, for every kind with such a button and none other', () => {
    for (const kind of ALARM_KINDS) {
      const { buttons, buttonTask } = alarmKindFacts(kind);
      const startsBlock = buttons.some((b) => b === 'start-focus' || b === 'focus-more');
      expect(buttonTask !== 'none', kind).toBe(startsBlock);
    }
  });

  it('switches a notification on only with the master switch and its own toggle, which is a real setting', () => {
    const toggles = Object.keys(defaultSettings.notifications).filter((k) => k !== 'enabled');
    fc.assert(
      fc.property(
        fc.constantFrom(...ALARM_KINDS),
        fc.boolean(),
        fc.dictionary(fc.constantFrom(...toggles), fc.boolean()),
        (kind, enabled, switches) => {
          const { toggle } = alarmKindFacts(kind);
          if (toggle !== null) expect(toggles).toContain(toggle);
          const settings = settingsWith({ ...switches, enabled });
          const own = toggle !== null && settings.notifications[toggle];
          expect(notificationOn(settings, kind)).toBe(enabled && own);
        },
      ),
    );
  });

  it('words every reminder from the plan, and lets nothing raise a notification it has no switch for', () => {
    for (const kind of ALARM_KINDS) {
      const facts = alarmKindFacts(kind);
      if (facts.handler === 'reminder') expect(facts.words?.day).not.toBe('none');
      if (facts.words || facts.buttons.length > 0) expect(facts.toggle).not.toBeNull();
    }
  });
});
