// The TypeScript profiles must say what the sourced research says (../shared/domain/*.json, copied into
// tests/fixtures/domain so this runs on any clone; the last test re-checks the copy when shared/ is beside us).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examProfile, examProfiles } from '../../../lib/domain/profiles';
import { step1Profile } from '../../../lib/domain/profiles/step1';

interface Row {
  id: string;
  name: string;
  minPct: number;
  maxPct: number;
  verified?: boolean;
}
const fixture = (name: string) => resolve(__dirname, '../../fixtures/domain', name);
const research = JSON.parse(readFileSync(fixture('step1-profile.json'), 'utf8')) as {
  systems: Row[];
  disciplines: Row[];
  competencies: Row[];
  format: {
    current: {
      blocks: number;
      questionsPerBlock: number;
      minutesPerBlock: number;
      totalQuestionsMax: number;
      effectiveFrom: string;
    };
  };
  passingStandard: { threeDigitMinimum: number };
  attemptPolicy: {
    maxAttemptsPerStep: number;
    maxAttemptsWithin12Months: number;
    fourthAndLaterAttempt: { minMonthsAfterFirstAttempt: number; minMonthsAfterMostRecentAttempt: number };
  };
  selfAssessments: { id: string; questions: number | null; formsAvailable?: number[] }[];
};

describe('the USMLE Step 1 profile', () => {
  it.each([
    ['system', research.systems],
    ['discipline', research.disciplines],
    ['competency', research.competencies],
  ] as const)('has every %s with the researched name and range', (category, rows) => {
    const areas = step1Profile.areas.filter((a) => a.category === category);
    expect(areas.map(({ id, name, minPct, maxPct }) => ({ id, name, minPct, maxPct }))).toEqual(
      rows.map(({ id, name, minPct, maxPct }) => ({ id, name, minPct, maxPct })),
    );
  });

  it('flags the merged Biochemistry & Nutrition row as unverified, as the research does', () => {
    const unverified = step1Profile.areas.filter((a) => !a.verified).map((a) => a.id);
    expect(unverified).toEqual(research.disciplines.filter((d) => d.verified === false).map((d) => d.id));
  });

  it('uses the May 2026 format: 14 blocks of 20 questions, 30 minutes each', () => {
    const { current } = research.format;
    expect(step1Profile.format).toMatchObject({
      blocks: current.blocks,
      questionsPerBlock: current.questionsPerBlock,
      minutesPerBlock: current.minutesPerBlock,
      totalQuestions: current.totalQuestionsMax,
      effectiveFrom: current.effectiveFrom,
    });
  });

  it('carries the passing standard and the attempt policy', () => {
    expect(step1Profile.passingStandard?.value).toBe(research.passingStandard.threeDigitMinimum);
    const p = research.attemptPolicy;
    expect(step1Profile.attemptPolicy).toMatchObject({
      maxAttempts: p.maxAttemptsPerStep,
      maxAttemptsWithin12Months: p.maxAttemptsWithin12Months,
      laterAttempt: {
        minMonthsAfterFirst: p.fourthAndLaterAttempt.minMonthsAfterFirstAttempt,
        minMonthsAfterMostRecent: p.fourthAndLaterAttempt.minMonthsAfterMostRecentAttempt,
      },
    });
  });

  it('lists one practice form per NBME form number and the other self-assessments', () => {
    const nbme = research.selfAssessments.find((s) => s.id === 'nbme-cbssa')?.formsAvailable ?? [];
    const ids = step1Profile.selfAssessments.map((s) => s.id);
    expect(ids).toEqual([...nbme.map((n) => `nbme-${n}`), 'uwsa1', 'uwsa2', 'uwsa3', 'free-120']);
  });
});

describe('every exam profile', () => {
  it.each(examProfiles.map((p) => [p.id, p] as const))('%s has unique area ids and names', (_id, profile) => {
    expect(new Set(profile.areas.map((a) => a.id)).size).toBe(profile.areas.length);
    expect(new Set(profile.areas.map((a) => a.name)).size).toBe(profile.areas.length);
  });

  it('falls back to Step 1 for an unknown id', () => {
    expect(examProfile('no-such-exam').id).toBe('usmle-step1');
  });

  it('lists Step 1 first, as the only complete profile', () => {
    expect(examProfiles[0]?.id).toBe('usmle-step1');
    expect(examProfiles.filter((p) => p.completeness === 'complete').map((p) => p.id)).toEqual(['usmle-step1']);
  });
});

describe('the research copy under tests/fixtures/domain', () => {
  const shared = resolve(__dirname, '../../../../shared/domain');
  it.runIf(existsSync(shared))('matches ../shared/domain, where the research lives', () => {
    for (const name of [
      'step1-profile.json',
      'step2ck-profile.json',
      'comlex-level1-profile.json',
      'plab1-profile.json',
    ]) {
      expect(readFileSync(fixture(name), 'utf8'), name).toBe(readFileSync(resolve(shared, name), 'utf8'));
    }
  });
});
