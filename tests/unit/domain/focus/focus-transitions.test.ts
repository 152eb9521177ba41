import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeSession,
  elapsedMs,
  endsAt,
  extendSession,
  focusedMinutes,
  focusStatus,
  minutesLeft,
  pauseSession,
  remainingMs,
  resumeSession,
  startSession,
  stopSession,
} from '../../../../lib/domain/focus';
import type { FocusSession } from '../../../../lib/domain/types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 14, 0);

/** A fresh copy through JSON, as if the worker had been stopped and read the record back from IndexedDB. */
const reloaded = (s: FocusSession): FocusSession => JSON.parse(JSON.stringify(s)) as FocusSession;

const fifty = () => startSession({ id: 's1', kind: 'focus', day: '2026-11-25', minutes: 50, taskId: 't1' }, T0);

describe('starting a focus block', () => {
  it('runs for its planned length from the moment it starts', () => {
    const s = fifty();
    expect(focusStatus(s, T0)).toBe('running');
    expect(endsAt(s)).toBe(T0 + 50 * MIN);
    expect(minutesLeft(s, T0 + 10 * MIN)).toBe(40);
  });

  it('says one minute, not zero, during the last minute', () => {
    expect(minutesLeft(fifty(), T0 + 49 * MIN + 30_000)).toBe(1);
  });

  it('refuses a length that is not positive', () => {
    expect(() => startSession({ id: 'x', kind: 'focus', day: '2026-11-25', minutes: 0 }, T0)).toThrow(RangeError);
  });
});

describe('pausing and resuming', () => {
  it('freezes the remaining time while paused', () => {
    const paused = pauseSession(fifty(), T0 + 20 * MIN);
    expect(focusStatus(paused, T0 + 40 * MIN)).toBe('paused');
    expect(remainingMs(paused, T0 + 90 * MIN)).toBe(30 * MIN);
    expect(endsAt(paused)).toBeUndefined();
  });

  it('moves the end later by exactly the time spent paused', () => {
    const resumed = resumeSession(pauseSession(fifty(), T0 + 20 * MIN, 'idle'), T0 + 35 * MIN);
    expect(endsAt(resumed)).toBe(T0 + 65 * MIN);
    expect(resumed.pauseReason).toBeUndefined();
  });

  it('remembers that an idle pause was not the student pressing a button', () => {
    expect(pauseSession(fifty(), T0 + MIN, 'idle').pauseReason).toBe('idle');
  });

  it('ignores a pause of a session that is already paused, and a resume of a running one', () => {
    const paused = pauseSession(fifty(), T0 + 5 * MIN);
    expect(pauseSession(paused, T0 + 9 * MIN)).toBe(paused);
    const running = fifty();
    expect(resumeSession(running, T0 + 9 * MIN)).toBe(running);
  });
});

describe('extending', () => {
  it('adds ten minutes to a running block', () => {
    expect(endsAt(extendSession(fifty(), T0 + 45 * MIN))).toBe(T0 + 60 * MIN);
  });

  it('adds to a paused block too, without resuming it', () => {
    const extended = extendSession(pauseSession(fifty(), T0 + 10 * MIN), T0 + 12 * MIN);
    expect(focusStatus(extended, T0 + 12 * MIN)).toBe('paused');
    expect(remainingMs(extended, T0 + 12 * MIN)).toBe(50 * MIN);
  });

  it('cannot revive a block whose time is already up', () => {
    const s = fifty();
    expect(extendSession(s, T0 + 51 * MIN)).toBe(s);
  });
});

describe('stopping and completing', () => {
  it('stops early and keeps the minutes spent', () => {
    const stopped = stopSession(fifty(), T0 + 23 * MIN);
    expect(stopped).toMatchObject({ endedAt: T0 + 23 * MIN, endReason: 'stopped' });
    expect(focusedMinutes(stopped, T0 + 99 * MIN)).toBe(23);
  });

  it('stops a paused block where it was paused', () => {
    const stopped = stopSession(pauseSession(fifty(), T0 + 12 * MIN), T0 + 30 * MIN);
    expect(stopped.endedAt).toBe(T0 + 12 * MIN);
    expect(focusedMinutes(stopped, T0 + 30 * MIN)).toBe(12);
  });

  it('completes only once the time is up', () => {
    const s = fifty();
    expect(completeSession(s, T0 + 49 * MIN)).toBe(s);
    expect(completeSession(s, T0 + 50 * MIN)).toMatchObject({ endedAt: T0 + 50 * MIN, endReason: 'completed' });
  });

  it('counts a stop after the end as a completion, not as a stop', () => {
    expect(stopSession(fifty(), T0 + 70 * MIN)).toMatchObject({ endedAt: T0 + 50 * MIN, endReason: 'completed' });
  });

  it('records no focus minutes for a break', () => {
    const rest = startSession({ id: 'b', kind: 'short-break', day: '2026-11-25', minutes: 10 }, T0);
    expect(focusedMinutes(completeSession(rest, T0 + 10 * MIN), T0 + 10 * MIN)).toBe(0);
  });

  it('leaves an ended session unchanged by every later transition', () => {
    const ended = stopSession(fifty(), T0 + 5 * MIN);
    for (const next of [
      pauseSession(ended, T0 + 6 * MIN),
      resumeSession(ended, T0 + 6 * MIN),
      extendSession(ended, T0 + 6 * MIN),
      stopSession(ended, T0 + 6 * MIN),
      completeSession(ended, T0 + 60 * MIN),
    ]) {
      expect(next).toBe(ended);
    }
  });
});

describe('a worker restarted between transitions', () => {
  it('completes a block at its real end when the worker wakes twenty minutes late', () => {
    const stored = reloaded(fifty());
    expect(focusStatus(stored, T0 + 70 * MIN)).toBe('due');
    expect(completeSession(stored, T0 + 70 * MIN).endedAt).toBe(T0 + 50 * MIN);
    expect(focusedMinutes(completeSession(stored, T0 + 70 * MIN), T0 + 70 * MIN)).toBe(50);
  });

  it('resumes a pause that was stored before the worker stopped', () => {
    const stored = reloaded(pauseSession(fifty(), T0 + 10 * MIN));
    const resumed = reloaded(resumeSession(stored, T0 + 25 * MIN));
    expect(remainingMs(resumed, T0 + 25 * MIN)).toBe(40 * MIN);
    expect(endsAt(resumed)).toBe(T0 + 65 * MIN);
  });

  it('gives the same remaining time from a reloaded record as from the one in memory', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ op: fc.constantFrom('pause', 'resume', 'extend'), gap: fc.integer({ min: 0, max: 30 * MIN }) }),
          { maxLength: 8 },
        ),
        (ops) => {
          let inMemory = fifty();
          let stored = reloaded(inMemory);
          let now = T0;
          for (const { op, gap } of ops) {
            now += gap;
            const step = op === 'pause' ? pauseSession : op === 'resume' ? resumeSession : extendSession;
            inMemory = step(inMemory, now);
            stored = reloaded(step(reloaded(stored), now));
          }
          expect(remainingMs(stored, now)).toBe(remainingMs(inMemory, now));
          expect(elapsedMs(stored, now) + remainingMs(stored, now)).toBe(stored.plannedMinutes * MIN);
        },
      ),
    );
  });
});
