import { describe, expect, it } from 'vitest';
import { DEFAULT_GO_AHEAD_PASS_PROBABILITY } from '../../../../lib/domain/planner/checkpoints';
import { compareWithGoAhead, goAheadLevels, scoreScale } from '../../../../lib/domain/readiness';
import { defaultSettings } from '../../../../lib/domain/settings';
import type { Assessment } from '../../../../lib/domain/types';

const result = (formId: string, percentCorrect: number, passProbability?: number): Assessment => ({
  id: formId,
  day: '2026-11-20',
  formId,
  percentCorrect,
  ...(passProbability === undefined ? {} : { passProbability }),
  createdAt: '',
});
const levels = { passProbability: 90, free120Percent: 70 };

describe('go-ahead levels, like with like', () => {
  it('puts the forms on their own scales: NBME, UWorld, the Free 120, and any other form alone', () => {
    expect(['nbme-26', 'nbme-31'].map(scoreScale)).toEqual(['nbme', 'nbme']);
    expect(['uwsa1', 'uwsa3'].map(scoreScale)).toEqual(['uworld', 'uworld']);
    expect(scoreScale('free-120')).toBe('free-120');
    expect(scoreScale('amboss-sa')).toBe('other:amboss-sa');
  });

  it('puts a form the student added with its own kind: NBME with NBME, a school exam with school exams (rule 3)', () => {
    expect(['nbme-custom-1', 'uwsa-custom-2'].map(scoreScale)).toEqual(['nbme', 'uworld']);
    expect(['school-custom-3', 'school-custom-4'].map(scoreScale)).toEqual(['other:school', 'other:school']);
    expect(['amboss-custom-5', 'other-custom-6'].map(scoreScale)).toEqual(['other:amboss', 'other:other-custom-6']);
  });

  it('compares a reported probability of passing with the go-ahead probability, in the same unit', () => {
    expect(compareWithGoAhead(result('nbme-30', 75, 88), levels)).toEqual({
      measure: 'probability',
      value: 88,
      level: 90,
      below: true,
    });
  });

  it('compares the Free 120 by percent correct with its own level, and only when one is set', () => {
    expect(compareWithGoAhead(result('free-120', 72), levels)).toMatchObject({ measure: 'percent', below: false });
    expect(compareWithGoAhead(result('free-120', 72), { ...levels, free120Percent: 0 })).toBeNull();
  });

  it('has no level for a UWorld form, or an NBME logged without its probability', () => {
    expect(compareWithGoAhead(result('uwsa2', 60), levels)).toBeNull();
    expect(compareWithGoAhead(result('nbme-30', 95), levels)).toBeNull();
  });

  it("defaults the NBME go-ahead to the checkpoint's conservative 90% (settings.ts cannot import it: first paint)", () => {
    expect(defaultSettings.goAheadPassProbability).toBe(DEFAULT_GO_AHEAD_PASS_PROBABILITY);
    expect(goAheadLevels(defaultSettings)).toEqual({ passProbability: 90, free120Percent: 0 });
  });
});
