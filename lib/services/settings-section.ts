// The one way a settings form's save reaches the settings record: inside the service's transaction, the fields the
// form read (`base`, its revision) are compared with what is stored now. If another tab or an import changed any of
// them meanwhile, the save is refused with StaleWriteError and nothing is written, so a stale form can never put
// old values back. Fields the form does not edit are kept as stored, and the record must stay restorable.
import type { SettingsRepository } from '../db/repositories/settings-repository';
import { settingsSchema } from '../domain/backup/settings-schema';
import type { Settings } from '../domain/settings';
import { requireStorable } from './record-limit-error';

export class StaleWriteError extends Error {
  constructor(what: string) {
    super(
      `${what} changed in another tab (or by an import) after this page read them, so this save was refused and nothing was changed. The form now shows the saved values; make your change again.`,
    );
    this.name = 'StaleWriteError';
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The values of `keys` in `settings`, as a form reads them. */
export function sectionOf<K extends keyof Settings>(settings: Settings, keys: readonly K[]): Pick<Settings, K> {
  return structuredClone(Object.fromEntries(keys.map((k) => [k, settings[k]]))) as Pick<Settings, K>;
}

/**
 * Writes `fields` over the stored settings. `base` is what the form showed for the same fields; leave it out only
 * for writes that are not a form's (they merge over the fresh record and cannot lose anything).
 */
export async function writeSettingsSection<K extends keyof Settings>(
  settings: SettingsRepository,
  fields: Pick<Settings, K>,
  base: Pick<Settings, K> | undefined,
  what: string,
): Promise<Settings> {
  const stored = await settings.read();
  if (base && !same(sectionOf(stored, Object.keys(fields) as K[]), base)) throw new StaleWriteError(what);
  const next: Settings = requireStorable(settingsSchema, { ...stored, ...structuredClone(fields) }, what);
  await settings.put(next);
  return next;
}
