// axe-core on every page, in the light and the dark theme: no serious or critical finding (WCAG 2.1 A and AA, colour
// contrast included). The pages are checked as a student sees them: the onboarding before any plan, then, with a
// week-old plan, the new tab, the popup at its size, the plan, the progress page, the settings and "Get support".
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { seedDatabase } from './pages/progress-page';
import { seededPlan } from './seeded-plan';

const SHOTS = join(__dirname, 'screenshots', 'accessibility');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe in the page (through the debugging protocol, which the extension's CSP does not stop) and returns the
 * serious and critical findings. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => String(n.target)),
    }));
  });
  return results.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

const describeTheme = (scheme: 'light' | 'dark') =>
  describeInBrowser(`every page in the ${scheme} theme`, () => {
    let session: ExtensionSession;
    let onboardingFindings: Finding[];

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await launchExtension({ colorScheme: scheme });
      // The onboarding is checked as it opens on install, before any plan; then every other page gets one.
      // Its five steps show one at a time, so each is checked as it shows.
      const onboarding = await waitForPage(session.context, '/options.html');
      await onboarding.getByLabel('Exam date', { exact: true }).waitFor();
      onboardingFindings = [];
      for (const step of ['Exam', 'Time', 'Score report', 'Questions and forms', 'People']) {
        await onboarding
          .getByRole('navigation', { name: 'Set-up steps' })
          .getByRole('button', { name: step, exact: true })
          .click();
        await onboarding.getByRole('group', { name: new RegExp(`^Step \\d of 5: ${step}$`) }).waitFor();
        await onboarding.screenshot({
          path: join(SHOTS, `${scheme}-onboarding-${step.split(' ')[0]!.toLowerCase()}.png`),
        });
        onboardingFindings.push(...(await seriousFindings(onboarding)));
      }
      await onboarding.getByRole('button', { name: 'Create my plan' }).waitFor();
      await onboarding.close();
      const setup = await session.open('progress.html');
      await seedDatabase(setup, seededPlan());
      await setup.close();
    });
    afterAll(() => session?.dispose());

    it('has no serious finding on the onboarding, before any plan', () => {
      expect(onboardingFindings).toEqual([]);
    });

    it.each([
      ['newtab.html', { width: 1280, height: 900 }],
      ['popup.html', { width: 380, height: 600 }],
      ['plan.html', { width: 1280, height: 900 }],
      ['progress.html', { width: 1280, height: 900 }],
      ['options.html', { width: 1280, height: 900 }],
      ['support.html', { width: 1280, height: 900 }],
    ] as const)('has no serious finding on %s with a plan', async (path, viewport) => {
      const page = await session.open(path);
      await page.setViewportSize(viewport);
      await page.locator('h1').first().waitFor();
      if (path === 'newtab.html' || path === 'popup.html')
        await page.getByRole('list', { name: "Today's tasks" }).getByRole('checkbox').first().waitFor();
      // Lazy parts (focus, logging, charts) settle before the check.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `${scheme}-${path.replace('.html', '')}.png`), fullPage: true });
      expect(await seriousFindings(page)).toEqual([]);
      await page.close();
    });
  });

describeTheme('light');
describeTheme('dark');
