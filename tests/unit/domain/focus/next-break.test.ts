import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { focusLengthChoices, focusMinutesFor, nextBreak, parseFocusMinutes } from '../../../../lib/domain/focus';
import { defaultSettings } from '../../../../lib/domain/settings';

describe('the break after a focus block', () => {
  it.each([
    [1, 'short-break', 10],
    [2, 'short-break', 10],
    [3, 'long-break', 30],
    [4, 'short-break', 10],
    [6, 'long-break', 30],
  ])('after block %i is a %s of %i minutes', (blocks, kind, minutes) => {
    expect(nextBreak(blocks, defaultSettings.focus)).toEqual({ kind, minutes });
  });
});

describe('focus lengths', () => {
  it('starts a block on a short task as long as the task, never longer than the usual block (issue 13)', () => {
    expect(focusMinutesFor(50, 15)).toBe(15);
    expect(focusMinutesFor(50, 120)).toBe(50);
    expect(focusMinutesFor(30)).toBe(30);
    expect(focusMinutesFor(50, 0)).toBe(50);
  });

  it('always gives a length the control accepts (1..180), at most the usual one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 180 }), fc.option(fc.integer({ min: -5, max: 600 })), (usual, task) => {
        const minutes = focusMinutesFor(usual, task ?? undefined);
        expect(parseFocusMinutes(String(minutes))).toBe(minutes);
        expect(minutes).toBeLessThanOrEqual(usual);
      }),
    );
  });

  it("offers a short task's length, the usual one and an exam block, none twice", () => {
    expect(focusLengthChoices(15, 30, 50)).toEqual([
      { minutes: 15, label: '15 min' },
      { minutes: 50, label: '50 min' },
      { minutes: 30, label: '30 min, like an exam block' },
    ]);
    expect(focusLengthChoices(30, 30, 50).map((c) => c.minutes)).toEqual([30, 50]);
  });

  it('offers the default and a 30-minute exam-like block', () => {
    expect(focusLengthChoices(50).map((c) => c.minutes)).toEqual([50, 30]);
    expect(focusLengthChoices(30)).toHaveLength(1);
    expect(focusLengthChoices(50, 25)).toEqual([
      { minutes: 50, label: '50 min' },
      { minutes: 25, label: '25 min, like an exam block' },
    ]);
  });

  it.each([
    ['45', 45],
    ['0', null],
    ['181', null],
    ['12.5', null],
    ['', null],
  ])('reads a custom length of %j as %j', (text, minutes) => {
    expect(parseFocusMinutes(text)).toBe(minutes);
  });
});
