import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../../lib/domain/budget';

describe('a budget amount as typed', () => {
  it.each([
    ['680', 680],
    [' $1,035 ', 1035],
    ['59.99', 59.99],
    ['0', 0],
    ['100000', 100000],
    ['', null],
  ])('reads %j as %j', (text, usd) => {
    expect(parseAmount(text, 'Exam fee')).toEqual({ ok: true, usd });
  });

  it.each([
    ['-5', /cannot be negative/],
    ['abc', /enter an amount in dollars/],
    ['1e3', /enter an amount in dollars/],
    ['100000.01', /more than any retake cost/],
    ['250000', /\$250,000 is more than any retake cost.*at most \$100,000/],
  ])('refuses %j with a message naming the row', (text, message) => {
    const parsed = parseAmount(text, 'Tutoring');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(new RegExp(`^Tutoring: .*${message.source}`));
  });
});
