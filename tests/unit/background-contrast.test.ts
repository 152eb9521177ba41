// The bundled backgrounds (components/today/today.css) against the text drawn straight on the page: the title, the
// links under the logs and the background picker use --text, --text-muted and --accent. Every stop of every
// gradient must keep 4.5:1 with each, in its theme (https://www.w3.org/TR/WCAG21/#contrast-minimum).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(resolve(__dirname, '../../components', file), 'utf8');
const theme = read('theme.css');
const today = read('today/today.css');

const tokens = (block: string): Record<string, string> =>
  Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
const light = tokens(/:root\s*{([^}]*)}/.exec(theme)![1]!);
const dark = { ...light, ...tokens(/prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(theme)![1]!) };

const gradients = today.slice(today.indexOf(":root[data-background='dawn']"));
const darkStart = gradients.indexOf('@media (prefers-color-scheme: dark)');
const stops = (css: string) =>
  [...css.matchAll(/linear-gradient\(([^)]*)\)/g)].flatMap((m) => m[1]!.match(/#[0-9a-f]{6}/gi)!);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([
  ['light', light, stops(gradients.slice(0, darkStart))],
  ['dark', dark, stops(gradients.slice(darkStart))],
])('the %s backgrounds', (_theme, colours, found) => {
  it('are four gradients of three stops', () => expect(found).toHaveLength(12));

  it.each(['text', 'text-muted', 'accent'])('keep %s readable on every stop', (token) => {
    for (const stop of found)
      expect(contrast(colours[token]!, stop), `${token} on ${stop}`).toBeGreaterThanOrEqual(4.5);
  });
});
