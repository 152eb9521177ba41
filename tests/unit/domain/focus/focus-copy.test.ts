import { describe, expect, it } from 'vitest';
import { blockDoneCopy, breakOverCopy, completeSession, startSession } from '../../../../lib/domain/focus';

const T0 = Date.UTC(2026, 10, 25, 15);
const block = completeSession(
  startSession({ id: 'f', kind: 'focus', day: '2026-11-25', minutes: 50 }, T0),
  T0 + 50 * 60_000,
);

describe('focus notification copy', () => {
  it('tells how long the student focused and how long the break is', () => {
    const rest = startSession({ id: 'b', kind: 'short-break', day: '2026-11-25', minutes: 10 }, T0);
    expect(blockDoneCopy(block, rest, 'Renal questions')).toEqual({
      title: 'Block done: take a 10-minute break',
      message: 'You focused 50 minutes on Renal questions. Stand up, drink some water, look away from the screen.',
    });
  });

  it('explains why a long break is longer', () => {
    const rest = startSession({ id: 'b', kind: 'long-break', day: '2026-11-25', minutes: 30 }, T0);
    expect(blockDoneCopy(block, rest).message).toMatch(/this one is longer/);
  });

  it('invites the student back after a break', () => {
    expect(breakOverCopy('Renal questions').message).toBe('Ready for the next block of Renal questions?');
  });
});
