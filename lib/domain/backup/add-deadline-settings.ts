// Schema step "deadline and budget settings": a settings record written before the school deadline's companions
// existed gains the weeks allowed for results (6, lib/domain/deadlines/timing-facts.ts), an empty eligibility end and
// an empty budget. One pure function serves the database step (lib/db/migrations.ts) and the backup step
// (upgrade-backup.ts), so an upgraded database and an upgraded backup of the same version agree. It takes unvalidated
// JSON and never throws: anything that is not a settings object is returned as it came, for validation to name.
import { defaultSettings } from '../settings';

const ADDED = ['resultWeeks', 'eligibilityEnd', 'budget'] as const;

export function addDeadlineSettings<T>(settings: T): T {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return settings;
  const missing = ADDED.filter((key) => !Object.hasOwn(settings, key));
  if (missing.length === 0) return settings;
  return { ...settings, ...Object.fromEntries(missing.map((key) => [key, structuredClone(defaultSettings[key])])) };
}
