// Messages agree with the plan and the logs (issue 11): a message that claims something about the day or the
// student's history is shown only where that claim is true. The table below is every message's reach: the
// situation it belongs to, and the facts it needs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/domain/day';
import { chooseMessage, MESSAGES, SITUATIONS, type Message } from '../../../../lib/domain/encouragement';
import { messageFits, NO_FACTS, type MessageFacts } from '../../../../lib/domain/encouragement/message-facts';
import type { MessageCondition } from '../../../../lib/domain/encouragement/message';

const ALL_FACTS: MessageFacts[] = [false, true].flatMap((lightDay) =>
  [false, true].flatMap((prepared) =>
    [false, true].flatMap((hardYesterday) =>
      (['current', 'previous', 'unknown'] as const).map((failedFormat) => ({
        lightDay,
        prepared,
        failedFormat,
        hardYesterday,
      })),
    ),
  ),
);

/** Words that make a claim, and the condition a message using them must carry. */
const CLAIMS: [RegExp, MessageCondition][] = [
  [/keep today light/i, 'light-day'],
  [/prepared (for it )?properly|you prepared differently/i, 'prepared'],
  [/format from the inside/i, 'failed-current-format'],
  [/shorter than when you last sat|changed shape since your attempt/i, 'failed-previous-format'],
  [/^yesterday was hard/i, 'hard-yesterday'],
];

/** Where each conditional message may appear: its situation, and only under these facts. */
const REACH: Record<string, (f: MessageFacts) => boolean> = {
  'practice-eve-1': (f) => f.lightDay,
  'exam-week-6': (f) => f.failedFormat === 'current',
  'exam-week-8': (f) => f.failedFormat === 'previous',
  'first-day-7': (f) => f.failedFormat === 'previous',
  'exam-eve-3': (f) => f.prepared,
  'exam-day-3': (f) => f.prepared,
  'hard-1': (f) => f.hardYesterday,
};

describe('every message and the situations it may appear in', () => {
  it.each(MESSAGES.map((m) => [m.id, m] as const))('%s', (_id, message: Message) => {
    const reach = REACH[message.id] ?? (() => true);
    for (const facts of ALL_FACTS) expect(messageFits(message, facts), JSON.stringify(facts)).toBe(reach(facts));
    for (const [claim, condition] of CLAIMS) if (claim.test(message.text)) expect(message.when).toBe(condition);
  });

  it('lists every conditional message in the table, so a new one is looked at', () => {
    expect(MESSAGES.filter((m) => m.when).map((m) => m.id)).toEqual(expect.arrayContaining(Object.keys(REACH)));
    expect(Object.keys(REACH).sort()).toEqual(
      MESSAGES.filter((m) => m.when)
        .map((m) => m.id)
        .sort(),
    );
  });

  it('leaves every situation something to say whatever the facts', () => {
    for (const situation of SITUATIONS)
      for (const facts of ALL_FACTS) {
        const fitting = MESSAGES.filter((m) => m.situation === situation && messageFits(m, facts));
        expect(fitting.length, `${situation} ${JSON.stringify(facts)}`).toBeGreaterThanOrEqual(3);
      }
  });
});

describe('chooseMessage never says what is not true', () => {
  const ids = MESSAGES.map((m) => m.id);
  it('whatever is pinned, hidden or shown before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SITUATIONS),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...ALL_FACTS),
        fc.constantFrom('', ...ids),
        fc.subarray(ids),
        fc.array(fc.record({ ago: fc.integer({ min: 1, max: 20 }), id: fc.constantFrom(...ids) }), { maxLength: 14 }),
        (situation, offset, facts, pinned, hidden, shown) => {
          const day = addDays('2026-06-01', offset);
          const history = shown.map((s) => ({ day: addDays(day, -s.ago), id: s.id }));
          const message = chooseMessage(situation, day, { history, hidden, pinned }, facts);
          if (message) expect(messageFits(message, facts), message.id).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('shows a pinned message only while what it claims is true', () => {
    const choices = { history: [], hidden: [], pinned: 'practice-eve-1' };
    expect(chooseMessage('ordinary', '2026-11-25', choices, { ...NO_FACTS, lightDay: true })?.id).toBe(
      'practice-eve-1',
    );
    expect(chooseMessage('ordinary', '2026-11-25', choices, NO_FACTS)?.id).not.toBe('practice-eve-1');
  });

  it('claims nothing when the facts are not known (a snapshot from before they existed)', () => {
    for (let i = 0; i < 60; i++)
      for (const situation of SITUATIONS)
        expect(chooseMessage(situation, addDays('2026-11-01', i), { history: [], hidden: [], pinned: '' })?.when).toBe(
          undefined,
        );
  });
});
