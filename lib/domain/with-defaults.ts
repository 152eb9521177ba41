// A module of its own, not in settings.ts: the new tab's first paint needs the settings type and planDayOf, never
// this (its read runs after the first paint).
import { defaultSettings, type Settings } from './settings';

/** The stored settings over the defaults, so a record saved before a field existed still has every field. */
export function withDefaults(stored: Settings | undefined): Settings {
  return { ...structuredClone(defaultSettings), ...stored };
}
