import { describe, expect, it } from 'vitest';
import { planInputFromSettings } from '../../../../lib/domain/planner';
import { allocateBlocks } from '../../../../lib/domain/planner/question-load';
import { contentReviewTitle } from '../../../../lib/domain/planner/task-copy';
import { areaWeights } from '../../../../lib/domain/planner/weights';
import { plab1Profile } from '../../../../lib/domain/profiles/others';
import { step1Profile } from '../../../../lib/domain/profiles/step1';
import { defaultSettings } from '../../../../lib/domain/settings';

describe('areaWeights', () => {
  it('multiplies the outline midpoint by the band and shares it out within each category', () => {
    const weights = areaWeights(step1Profile, { cardiovascular: 'lower', pathology: 'higher' });
    for (const category of ['system', 'discipline', 'competency'] as const) {
      expect(weights[category].reduce((sum, area) => sum + area.share, 0)).toBeCloseTo(1);
    }
    const share = (id: string) => weights.system.find((area) => area.id === id)!.share;
    // Cardiovascular 7-11% (midpoint 9) x 2 outweighs Gastrointestinal 6-10% (midpoint 8) x 1.
    expect(share('cardiovascular') / share('gastrointestinal')).toBeCloseTo(18 / 8);
    expect(weights.discipline.find((area) => area.id === 'pathology')!.band).toBe('higher');
  });

  it('gives empty categories for a profile with no areas', () => {
    expect(areaWeights(plab1Profile, {})).toEqual({ system: [], discipline: [], competency: [] });
  });
});

describe('allocateBlocks', () => {
  it('keeps every wanted block when the bank is big enough', () => {
    expect(allocateBlocks([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });

  it('scales down in proportion, paced along the days rather than bunched at the start', () => {
    expect(allocateBlocks([2, 2, 4], 4)).toEqual([1, 1, 2]);
    expect(allocateBlocks([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(allocateBlocks([1, 1, 1, 1, 1, 1], 3)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(allocateBlocks([3, 3], 0)).toEqual([0, 0]);
  });

  it('gives the dedicated stretch its full dose first, and paces what is left over the foundation', () => {
    const wanted = [1, 1, 1, 1, 1, 1, 2, 2];
    const dedicated = [false, false, false, false, false, false, true, true];
    expect(allocateBlocks(wanted, 7, dedicated)).toEqual([0, 1, 1, 0, 1, 0, 2, 2]);
    // Too small even for the dedicated stretch: one block for the fortnight's day (the first of the last week), the
    // rest paced over the dedicated days.
    expect(allocateBlocks(wanted, 3, dedicated)).toEqual([0, 1, 0, 0, 0, 0, 1, 1]);
  });
});

describe('planInputFromSettings', () => {
  it('copies the settings into a plan input for the chosen exam, start and id prefix', () => {
    const settings = {
      ...defaultSettings,
      examDate: '2027-01-27',
      questionBankLeft: 1200,
      practiceFormIds: ['nbme-30'],
      bands: { cardiovascular: 'lower' as const },
    };
    const input = planInputFromSettings(settings, '2026-11-25', 'r2');
    expect(input).toMatchObject({
      startDate: '2026-11-25',
      examDate: '2027-01-27',
      questionBankLeft: 1200,
      practiceFormIds: ['nbme-30'],
      idPrefix: 'r2',
    });
    expect(input.profile.id).toBe('usmle-step1');
    expect(input.weekdayMinutes).toEqual(defaultSettings.weekdayMinutes);
    expect(input.weekdayMinutes).not.toBe(settings.weekdayMinutes);
  });

  it('picks the partial profile of another exam', () => {
    expect(planInputFromSettings({ ...defaultSettings, examId: 'plab1' }, '2026-11-25', 'p').profile.id).toBe('plab1');
  });
});

describe('contentReviewTitle', () => {
  const weights = areaWeights(step1Profile, {});
  const [first, second] = weights.discipline;

  it('names the area and its disciplines without stacking colons, for every system of the outline', () => {
    for (const system of weights.system) {
      for (const phase of ['reset', 'rebuild', 'consolidate', 'final'] as const) {
        const title = contentReviewTitle(phase, system, [first!, second!]);
        expect(title).toContain(system.name);
        expect(title.split(':').length - system.name.split(':').length).toBeLessThanOrEqual(1);
      }
    }
    const social = weights.system.find((area) => area.name.includes(':'))!;
    expect(contentReviewTitle('rebuild', social, [first!])).toBe(
      `Review ${social.name} through ${first!.name.toLowerCase()}`,
    );
  });
});
