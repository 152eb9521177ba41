// The settings page's reads and writes, one source per section (the shapes are components/settings/
// section-source.ts): the page's entrypoint hands these to the components and wires nothing else. Each source opens
// the shared page context when first used and hears the other pages' writes on the change channel.
import type { StoreName } from '../db/schema';
import type { BudgetData, BudgetSettings } from '../domain/budget';
import type { BackupData } from '../domain/backup';
import { onChange } from '../platform/change-channel';
import { openExtensionPage } from '../platform/open-page';
import { requestIdlePermission } from '../platform/permissions';
import { exportBackup, importBackup, readBackupState, undoLastImport } from './backup';
import { readBudget, saveBudget } from './budget';
import type { ServiceContext } from './context';
import { pageContext } from './page-context';
import { REMINDER_KEYS, type DecisionSettingsFields, type ReminderSettingsFields } from '../domain/settings-sections';
import { readDecisionSettings, saveDecisionSettings } from './replan-settings';
import { readPlanSettings, savePlanSettings } from './save-plan-settings';
import { readReminderSettings, saveReminders } from './save-reminders';
import { sectionOf } from './settings-section';
import { PLAN_SETTINGS_READ, touches } from '../db/read-scopes';
import type { AttemptEntry, PlanSettingsFields } from '../domain/planner/plan-settings-fields';

type Context = () => Promise<ServiceContext>;

const heard = (watched: readonly StoreName[] | 'any') => (listener: () => void) =>
  onChange(({ stores }) => {
    if (watched === 'any' || touches(stores, watched)) listener();
  });

function section<T, S>(
  context: Context,
  read: (ctx: ServiceContext) => Promise<T>,
  save: (ctx: ServiceContext, value: S, base: T) => Promise<unknown>,
) {
  return {
    read: async () => read(await context()),
    save: async (value: S, base: T) => save(await context(), value, base),
    subscribe: heard(['settings']),
  };
}

/** Every section's source over one page context (opened once, on first use). `context` is for tests. */
export function settingsSources(context: Context = pageContext) {
  let opened: Promise<ServiceContext> | undefined;
  const ctx: Context = () => (opened ??= context());
  return {
    /** Opens the database; rejects when it will not open (the page then shows one calm message). */
    open: () => ctx(),
    plan: {
      read: async () => readPlanSettings(await ctx()),
      save: async (
        fields: PlanSettingsFields,
        attempts: AttemptEntry[],
        options: { refillToday: boolean; readUpdatedAt: string },
      ) => savePlanSettings(await ctx(), fields, attempts, options),
      subscribe: heard(PLAN_SETTINGS_READ),
      openNewTab: () => openExtensionPage('/newtab.html'),
    },
    reminders: section<ReminderSettingsFields, ReminderSettingsFields>(
      ctx,
      async (c) => structuredClone(sectionOf(await readReminderSettings(c), REMINDER_KEYS)),
      saveReminders,
    ),
    decision: section<DecisionSettingsFields, DecisionSettingsFields>(ctx, readDecisionSettings, saveDecisionSettings),
    budget: section<BudgetData, BudgetSettings>(ctx, readBudget, (c, budget) => saveBudget(c, budget)),
    backup: {
      read: async () => readBackupState(await ctx()),
      exportBackup: async () => exportBackup(await ctx()),
      importBackup: async (data: BackupData) => importBackup(await ctx(), data),
      undoLastImport: async () => undoLastImport(await ctx()),
      // The counts in the confirmation stay true while other pages log and check tasks.
      subscribe: heard('any'),
    },
    /** Asked from the Reminders section when the student turns on "pause focus when idle". */
    requestIdlePermission,
  };
}

export type SettingsSources = ReturnType<typeof settingsSources>;
