// Saves the "when to decide" settings: the go-ahead levels (an NBME probability of passing, a Free 120 percent) and the last day
// to reschedule without losing the booking. Only these fields change; the plan stays. (The school's deadline moved
// to the plan's settings, beside the exam date it is checked against: lib/domain/deadlines.)
import { readTransaction } from '../db/transaction';
import { isDayKey } from '../domain/day';
import type { Settings } from '../domain/settings';
import { DECISION_KEYS, type DecisionSettingsFields } from '../domain/settings-sections';
import { commit } from './commit';
import { sectionOf, writeSettingsSection } from './settings-section';
import type { ServiceContext } from './context';
import { LogInputError } from './log-input-error';

export function checkDecisionSettings(fields: DecisionSettingsFields): void {
  const pass = fields.goAheadPassProbability;
  if (!Number.isFinite(pass) || pass < 1 || pass > 100)
    throw new LogInputError('goAheadPassProbability', 'The NBME go-ahead level must be a probability from 1 to 100.');
  if (!Number.isFinite(fields.goAheadPercent) || fields.goAheadPercent < 0 || fields.goAheadPercent > 100) {
    throw new LogInputError(
      'goAheadPercent',
      'The Free 120 go-ahead score must be a percent from 0 to 100 (0 means not set).',
    );
  }
  if (fields.rescheduleDeadline !== '' && !isDayKey(fields.rescheduleDeadline))
    throw new LogInputError('rescheduleDeadline', 'The reschedule deadline must be a date.');
}

/** `base` is what the form read: a save from a form that another tab has made stale is refused (StaleWriteError). */
export async function saveDecisionSettings(
  ctx: ServiceContext,
  fields: DecisionSettingsFields,
  base?: DecisionSettingsFields,
): Promise<Settings> {
  checkDecisionSettings(fields);
  return commit(ctx, ['settings'], ({ settings }) =>
    writeSettingsSection(settings, sectionOf(fields as Settings, DECISION_KEYS), base, 'These settings'),
  );
}

export async function readDecisionSettings(ctx: ServiceContext): Promise<DecisionSettingsFields> {
  const { goAheadPassProbability, goAheadPercent, rescheduleDeadline } = await readTransaction(
    ctx.db,
    ['settings'],
    ({ settings }) => settings.read(),
  );
  return { goAheadPassProbability, goAheadPercent, rescheduleDeadline };
}
