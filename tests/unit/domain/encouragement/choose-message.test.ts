import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../../lib/domain/day';
import {
  chooseMessage,
  historyAfterShowing,
  MESSAGES,
  messagePool,
  NO_REPEAT_DAYS,
  recordShown,
  SITUATIONS,
  type ShownMessage,
} from '../../../../lib/domain/encouragement';

const none = { history: [], hidden: [], pinned: '' };

describe('the message library', () => {
  it('holds at least 60 messages across every situation, each with a unique id', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(MESSAGES.map((m) => m.id)).size).toBe(MESSAGES.length);
    for (const s of SITUATIONS) expect(messagePool(s).length, s).toBeGreaterThanOrEqual(4);
  });

  it('keeps the ordinary pool larger than the no-repeat window, so a fresh message always exists', () => {
    expect(messagePool('ordinary').length).toBeGreaterThan(NO_REPEAT_DAYS);
  });

  it('promises no pass and gives no health advice', () => {
    for (const m of MESSAGES)
      expect(m.text, m.id).not.toMatch(/you will pass|guarantee|you've got this|diagnos|medication|therapy/i);
  });
});

describe('chooseMessage', () => {
  it('is the same for the same day and situation, on every page and every reload', () => {
    const a = chooseMessage('streak', '2026-11-25', none);
    expect(chooseMessage('streak', '2026-11-25', none)).toEqual(a);
    expect(a?.situation).toBe('streak');
  });

  it('ignores what was recorded for today itself, so recording the choice does not change it', () => {
    const first = chooseMessage('ordinary', '2026-11-25', none)!;
    expect(
      chooseMessage('ordinary', '2026-11-25', { ...none, history: [{ day: '2026-11-25', id: first.id }] }),
    ).toEqual(first);
  });

  it('varies from day to day', () => {
    const ids = new Set(
      Array.from({ length: 10 }, (_, i) => chooseMessage('ordinary', addDays('2026-11-01', i), none)?.id),
    );
    expect(ids.size).toBeGreaterThan(3);
  });

  it('never shows a hidden message', () => {
    const pool = messagePool('exam-eve');
    const hidden = pool.slice(1).map((m) => m.id);
    expect(chooseMessage('exam-eve', '2026-11-25', { ...none, hidden })?.id).toBe(pool[0]!.id);
  });

  it('shows a pinned message every day until it is unpinned', () => {
    const pinned = messagePool('hard-day')[2]!.id;
    for (let i = 0; i < 20; i++)
      expect(chooseMessage('ordinary', addDays('2026-11-01', i), { ...none, pinned })?.id).toBe(pinned);
    expect(chooseMessage('ordinary', '2026-11-01', none)?.id).not.toBe(pinned);
  });

  it('does not show a pinned message that was also hidden', () => {
    const pinned = messagePool('ordinary')[0]!.id;
    expect(chooseMessage('ordinary', '2026-11-01', { ...none, pinned, hidden: [pinned] })?.id).not.toBe(pinned);
  });

  it('falls back to the ordinary pool when the situation has nothing fresh left', () => {
    const history = messagePool('exam-day').map((m, i) => ({ day: addDays('2026-11-20', i), id: m.id }));
    expect(chooseMessage('exam-day', '2026-11-25', { ...none, history })?.situation).toBe('ordinary');
  });

  it('shows nothing when every message is hidden', () => {
    expect(chooseMessage('ordinary', '2026-11-25', { ...none, hidden: MESSAGES.map((m) => m.id) })).toBeNull();
  });

  it('never repeats a message within 14 days, whatever the run of situations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SITUATIONS), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 3000 }),
        (situations, offset) => {
          const start = addDays('2026-01-01', offset);
          let history: ShownMessage[] = [];
          const shown: ShownMessage[] = [];
          situations.forEach((situation, i) => {
            const day = addDays(start, i);
            const message = chooseMessage(situation, day, { history, hidden: [], pinned: '' })!;
            shown.push({ day, id: message.id });
            history = recordShown(history, day, message.id);
          });
          for (const a of shown)
            for (const b of shown)
              if (a !== b && a.id === b.id)
                expect(Math.abs(daysBetween(a.day, b.day))).toBeGreaterThanOrEqual(NO_REPEAT_DAYS);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('recordShown', () => {
  it('keeps one entry per day and only the last two weeks', () => {
    let history: ShownMessage[] = [];
    for (let i = 0; i < 20; i++) history = recordShown(history, addDays('2026-11-01', i), `m-${i}`);
    history = recordShown(history, '2026-11-20', 'again');
    expect(history).toHaveLength(NO_REPEAT_DAYS);
    expect(history.at(-1)).toEqual({ day: '2026-11-20', id: 'again' });
    expect(history[0]!.day).toBe('2026-11-07');
  });
});

describe('historyAfterShowing', () => {
  it('records a message once, and never the pinned one', () => {
    const message = messagePool('ordinary')[0]!;
    const history = historyAfterShowing([], '2026-11-25', message, '')!;
    expect(history).toEqual([{ day: '2026-11-25', id: message.id }]);
    expect(historyAfterShowing(history, '2026-11-25', message, '')).toBeNull();
    expect(historyAfterShowing([], '2026-11-25', message, message.id)).toBeNull();
  });
});
