// Schema version 3 folds the Step 1 disciplines Biochemistry and Nutrition into one area. The rule for the band:
// the weaker report wins (Lower, then About the same, then Higher), and a known band beats "Not sure".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeAreaIds,
  mergeBands,
  mergeMissArea,
  mergeRecordAreaIds,
  mergeSettingsAreas,
} from '../../../../lib/domain/backup/merge-biochemistry-nutrition';
import { BANDS } from '../../../../lib/domain/types';

const band = fc.constantFrom(...BANDS);
const maybeBand = fc.option(band, { nil: undefined });
const defined = <T>(entries: [string, T | undefined][]) =>
  Object.fromEntries(entries.filter(([, v]) => v !== undefined));

describe('merging the bands', () => {
  it.each([
    ['higher', 'lower', 'lower'],
    ['same', 'higher', 'same'],
    ['unknown', 'higher', 'higher'],
    ['unknown', 'unknown', 'unknown'],
    ['lower', undefined, 'lower'],
    [undefined, 'same', 'same'],
  ] as const)('Biochemistry %s and Nutrition %s give %s', (biochemistry, nutrition, merged) => {
    expect(
      mergeBands(
        defined([
          ['biochemistry', biochemistry],
          ['nutrition', nutrition],
          ['cardiovascular', 'lower'],
        ]),
      ),
    ).toEqual({ cardiovascular: 'lower', 'biochemistry-nutrition': merged });
  });

  it('keeps the weakest known band of any combination, and drops the old ids', () => {
    fc.assert(
      fc.property(maybeBand, maybeBand, maybeBand, (biochemistry, nutrition, already) => {
        const before = defined([
          ['biochemistry', biochemistry],
          ['nutrition', nutrition],
          ['biochemistry-nutrition', already],
        ]);
        const after = mergeBands(before) as Record<string, string>;
        const given = Object.values(before);
        expect(Object.keys(after).filter((id) => id === 'biochemistry' || id === 'nutrition')).toEqual([]);
        const known = given.filter((b) => b !== 'unknown');
        const want =
          given.length === 0
            ? undefined
            : known.length === 0
              ? 'unknown'
              : BANDS.find((b) => (known as string[]).includes(b));
        expect(after['biochemistry-nutrition']).toBe(want);
      }),
    );
  });

  it('leaves bands without the old ids as they are (the same object)', () => {
    const bands = { pathology: 'lower' };
    expect(mergeBands(bands)).toBe(bands);
  });
});

describe('merging area references', () => {
  it('renames the old ids in a list, once each, in first-seen order', () => {
    expect(mergeAreaIds(['nutrition', 'cardiovascular', 'biochemistry', 'biochemistry-nutrition'])).toEqual([
      'biochemistry-nutrition',
      'cardiovascular',
    ]);
  });

  it('rewrites tasks, question logs, missed questions and the settings bands', () => {
    expect(mergeRecordAreaIds({ id: 't', areaIds: ['biochemistry'] })).toEqual({
      id: 't',
      areaIds: ['biochemistry-nutrition'],
    });
    expect(mergeMissArea({ id: 'm', areaId: 'nutrition' })).toEqual({ id: 'm', areaId: 'biochemistry-nutrition' });
    expect(mergeSettingsAreas({ examId: 'usmle-step1', bands: { nutrition: 'higher' } })).toEqual({
      examId: 'usmle-step1',
      bands: { 'biochemistry-nutrition': 'higher' },
    });
  });

  it('accepts anything a damaged backup holds without throwing, returning what it does not understand unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const merge of [mergeBands, mergeAreaIds, mergeRecordAreaIds, mergeMissArea, mergeSettingsAreas]) {
          const out = merge(value);
          if (typeof value !== 'object' || value === null) expect(out).toBe(value);
        }
      }),
    );
  });
});
