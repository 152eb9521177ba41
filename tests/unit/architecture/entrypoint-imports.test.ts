// The lint rule that keeps entrypoints thin (eslint.config.js, `onlyWiring`): a probe file under entrypoints/ may
// import components, services, its own folder, the shared today slots, CSS, Preact and wxt's define helpers, and
// nothing else. Run through ESLint itself, so a rule that stops matching fails here rather than going quiet.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function refused(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message.split("'")[1] ?? m.message);
}

const imports = (...paths: string[]) => paths.map((p, i) => `import * as m${i} from '${p}';\nvoid m${i};\n`).join('');

describe('entrypoint imports', () => {
  it('lets a page import components, services, its own folder, the today slots, CSS, Preact and wxt define-*', async () => {
    const fine = imports(
      '../../components/today/TodayPanel',
      '../../lib/services/today-source',
      './helper',
      '../today-slots/LazySlots',
      './page.css',
      '../../components/theme.css',
      'preact',
      'preact/hooks',
      'wxt/utils/define-background',
    );
    expect(await refused('entrypoints/newtab/main.tsx', fine)).toEqual([]);
  });

  it('refuses the domain, the database, the platform and browser libraries, in a page and in the background', async () => {
    const wrong = ['../../lib/domain/settings', '../../lib/db/read-scopes', '../../lib/platform/change-channel', 'idb'];
    expect(await refused('entrypoints/plan/main.tsx', imports(...wrong))).toEqual(wrong);
    const worker = ['../lib/platform/alarms', 'wxt/browser', 'webextension-polyfill'];
    expect(await refused('entrypoints/background.ts', imports(...worker))).toEqual(worker);
  });
});
