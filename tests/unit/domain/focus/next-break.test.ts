import { describe, expect, it } from 'vitest';
import { focusLengthChoices, nextBreak, parseFocusMinutes } from '../../../../lib/domain/focus';
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
