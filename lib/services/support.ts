// The "Get support" page's read and its one write: the student's own supporters and their school's wellness or
// counselling service, both from the settings. The write is one transaction over the settings. Loaded by
// support-source.ts after the page's first paint.
import { readTransaction } from '../db/transaction';
import type { Settings, Supporter } from '../domain/settings';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { writeSettingsSection } from './settings-section';

export type WellbeingService = Settings['wellbeingService'];

export interface SupportData {
  supporters: Supporter[];
  wellbeingService: WellbeingService;
}

export async function readSupport(ctx: ServiceContext): Promise<SupportData> {
  const settings = await readTransaction(ctx.db, ['settings'], ({ settings }) => settings.read());
  return { supporters: settings.supporters, wellbeingService: settings.wellbeingService };
}

/** Saves the school's service as typed (trimmed); `base` is what the page showed, so a stale page cannot undo a
 * change made elsewhere (StaleWriteError). Over the length limits: RecordLimitError, nothing written. */
export async function saveWellbeingService(
  ctx: ServiceContext,
  service: WellbeingService,
  base?: WellbeingService,
): Promise<WellbeingService> {
  const wellbeingService = { name: service.name.trim(), contact: service.contact.trim() };
  const saved = await commit(ctx, ['settings'], ({ settings }) =>
    writeSettingsSection(
      settings,
      { wellbeingService },
      base && { wellbeingService: base },
      "Your school's support service",
    ),
  );
  return saved.wellbeingService;
}
