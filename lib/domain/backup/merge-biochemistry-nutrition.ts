// Schema version 3: the Step 1 disciplines "Biochemistry" and "Nutrition" became one area,
// "Biochemistry & Nutrition" (../shared/domain/step1-profile.json, disciplineConflict, resolved 2026-12-01).
// These functions rewrite records kept under the old ids. They run on stored records (lib/db/migrations.ts step 3)
// and on backups not validated yet (upgrade-backup.ts step 3), so they accept anything and never throw.

export const MERGED_AREA_ID = 'biochemistry-nutrition';
export const MERGED_FROM: readonly string[] = ['biochemistry', 'nutrition'];

/** Weakest first: the merged area keeps the weaker report, and a known band beats "not sure". */
const BAND_RANK: Record<string, number> = { lower: 0, same: 1, higher: 2, unknown: 3 };

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const mergedId = (id: unknown): unknown => (typeof id === 'string' && MERGED_FROM.includes(id) ? MERGED_AREA_ID : id);

/** The bands with the two old areas folded into the merged one, taking the weaker band. */
export function mergeBands(bands: unknown): unknown {
  if (!isRecord(bands) || !MERGED_FROM.some((id) => Object.hasOwn(bands, id))) return bands;
  const candidates = [MERGED_AREA_ID, ...MERGED_FROM].map((id) => bands[id]).filter((band) => band !== undefined);
  const weakest = candidates.reduce((best, band) => (rank(band) < rank(best) ? band : best));
  const out = Object.fromEntries(Object.entries(bands).filter(([id]) => !MERGED_FROM.includes(id)));
  return { ...out, [MERGED_AREA_ID]: weakest };
}

// Anything that is not a band sorts last, so that validation after the upgrade still names it if it wins.
const rank = (band: unknown): number => (typeof band === 'string' ? (BAND_RANK[band] ?? 4) : 4);

/** A list of area ids with the old ids renamed, each id once, in first-seen order. */
export function mergeAreaIds(ids: unknown): unknown {
  if (!Array.isArray(ids) || !ids.some((id) => MERGED_FROM.includes(id as string))) return ids;
  return [...new Set(ids.map(mergedId))];
}

export function mergeSettingsAreas(settings: unknown): unknown {
  return isRecord(settings) && Object.hasOwn(settings, 'bands')
    ? withChanged(settings, 'bands', mergeBands(settings.bands))
    : settings;
}

/** Tasks and question logs name their areas in `areaIds`. */
export function mergeRecordAreaIds(record: unknown): unknown {
  return isRecord(record) && Object.hasOwn(record, 'areaIds')
    ? withChanged(record, 'areaIds', mergeAreaIds(record.areaIds))
    : record;
}

/** A missed question names one area in `areaId`. */
export function mergeMissArea(miss: unknown): unknown {
  return isRecord(miss) && Object.hasOwn(miss, 'areaId') ? withChanged(miss, 'areaId', mergedId(miss.areaId)) : miss;
}

// The same object when nothing changed, so that callers can skip writing it back.
function withChanged(record: Raw, key: string, value: unknown): Raw {
  return record[key] === value ? record : { ...record, [key]: value };
}

/** Which rewrite each store's records need. */
export const mergeByStore = {
  tasks: mergeRecordAreaIds,
  questionLogs: mergeRecordAreaIds,
  misses: mergeMissArea,
} as const;
