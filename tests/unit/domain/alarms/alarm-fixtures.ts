// A plan-holding state with the default settings; tests change one thing at a time. Times are local
// (vitest runs in America/New_York).
import type { AlarmState } from '../../../../lib/domain/alarms';
import { defaultSettings } from '../../../../lib/domain/settings';

export const MIN = 60_000;

export function local(y: number, month: number, d: number, h = 0, m = 0): number {
  return new Date(y, month - 1, d, h, m).getTime();
}

export function stateWith(
  overrides: Partial<AlarmState['settings']> = {},
  rest: Partial<Omit<AlarmState, 'settings'>> = {},
): AlarmState {
  const s = structuredClone(defaultSettings);
  return { settings: { ...s, ...overrides }, hasPlan: true, practiceExamDays: [], ...rest };
}
