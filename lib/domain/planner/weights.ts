// How much of the plan's review and question time each content area gets. An area's weight is the midpoint of its
// outline range (../shared/domain/step1-profile.json) times a band multiplier from the score report, normalised
// within its category: discipline ranges overlap and do not add up to 100 (../shared/domain/README.md, section 1),
// so systems, disciplines and competencies are each shared out on their own.
import type { AreaCategory, ExamProfile } from '../profiles';
import type { Band } from '../types';

/** A "lower than a low pass" area gets twice its outline share; "higher" gets three quarters. Our defaults. */
export const BAND_MULTIPLIER: Readonly<Record<Band, number>> = { lower: 2, same: 1.25, higher: 0.75, unknown: 1 };

export interface WeightedArea {
  id: string;
  name: string;
  band: Band;
  /** This area's part of its category, 0..1; a category's shares add up to 1. */
  share: number;
}

export type AreaWeights = Record<AreaCategory, WeightedArea[]>;

const CATEGORIES: readonly AreaCategory[] = ['system', 'discipline', 'competency'];

export function areaWeights(profile: ExamProfile, bands: Readonly<Record<string, Band>>): AreaWeights {
  const out: AreaWeights = { system: [], discipline: [], competency: [] };
  for (const category of CATEGORIES) {
    const areas = profile.areas.filter((area) => area.category === category);
    const raw = areas.map((area) => {
      const band = bands[area.id] ?? 'unknown';
      const midpoint = Math.max((area.minPct + area.maxPct) / 2, 0.5);
      return { id: area.id, name: area.name, band, raw: midpoint * (BAND_MULTIPLIER[band] ?? 1) };
    });
    const sum = raw.reduce((total, area) => total + area.raw, 0);
    out[category] = raw.map(({ raw: value, ...area }) => ({ ...area, share: sum > 0 ? value / sum : 0 }));
  }
  return out;
}
