// WCAG 2.x contrast of components/theme.css's colour tokens, in the light and the dark theme: text needs 4.5:1
// against every background it is drawn on (https://www.w3.org/TR/WCAG21/#contrast-minimum), the focus ring 3:1
// (https://www.w3.org/TR/WCAG21/#non-text-contrast).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(__dirname, '../../components/theme.css'), 'utf8');
// The plan page's area tints live in its own style sheet (not loaded by the new tab's first paint).
const planCss = readFileSync(resolve(__dirname, '../../components/plan/plan.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

const lightIn = (sheet: string) => tokens(/:root\s*{([^}]*)}/.exec(sheet)![1]!);
const darkIn = (sheet: string) => tokens(/prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(sheet)![1]!);
const light = { ...lightIn(css), ...lightIn(planCss) };
const dark = { ...light, ...darkIn(css), ...darkIn(planCss) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// The plan's area tints are backgrounds too (components/plan/plan.css).
const BACKGROUNDS = ['bg', 'surface', 'surface-2', 'area-heart', 'area-brain', 'area-gut', 'area-blood', 'area-whole'];
const TEXT = ['text', 'text-muted', 'accent', 'success', 'warning', 'danger'];
const pairs: [string, string, number][] = [
  ...TEXT.flatMap((fg) => BACKGROUNDS.map((bg): [string, string, number] => [fg, bg, 4.5])),
  ['accent-text', 'accent', 4.5],
  ...BACKGROUNDS.map((bg): [string, string, number] => ['focus', bg, 3]),
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, theme) => {
  it('defines every token the pairs use', () => {
    for (const [fg, bg] of pairs)
      expect([theme[fg], theme[bg]], `${fg} on ${bg}`).toEqual([
        expect.stringMatching(/^#/),
        expect.stringMatching(/^#/),
      ]);
  });

  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
