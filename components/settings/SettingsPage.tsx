import { useState } from 'preact/hooks';
import { WhenDataOpens } from '../page-trouble/WhenDataOpens';
import { BackupPanel } from './BackupPanel';
import { BudgetPanel } from './BudgetPanel';
import { DecisionPanel } from './DecisionPanel';
import { PlanSettingsPanel } from './PlanSettingsPanel';
import { RemindersPanel } from './RemindersPanel';
import type { ReminderSettingsFields } from '../../lib/domain/settings-sections';
import type { BudgetData, BudgetSettings } from '../../lib/domain/budget';
import type { Settings } from '../../lib/domain/settings';
import type { BackupSource, PlanSettingsSource, SectionSource } from './section-source';
import './settings-page.css';

export interface SettingsSources {
  open: () => Promise<unknown>;
  plan: PlanSettingsSource;
  reminders: SectionSource<ReminderSettingsFields>;
  decision: SectionSource<Pick<Settings, 'goAheadPassProbability' | 'goAheadPercent' | 'rescheduleDeadline'>>;
  budget: SectionSource<BudgetData, BudgetSettings>;
  backup: BackupSource;
  requestIdlePermission: () => Promise<boolean>;
}

const SECTIONS = [
  ['plan-settings', 'Plan'],
  ['reminders', 'Reminders'],
  ['deciding', 'Deciding when to sit'],
  ['budget', 'Budget'],
  ['backup', 'Backup'],
] as const;

/**
 * options.html. Before a plan: the onboarding's steps alone (and a way to restore a backup from another computer).
 * With a plan: the settings, each section with its own save, under a row of links to each.
 */
export function SettingsPage({ sources, planHref }: { sources: SettingsSources; planHref: string }) {
  // Unknown until the plan settings are read: nothing but the form shows until then.
  const [hasPlan, setHasPlan] = useState<boolean | undefined>();
  return (
    <main class={`options-page${hasPlan ? ' settings-view' : ''}`}>
      <header class="options-header">
        <h1>{hasPlan ? 'Retake Coach settings' : 'Retake Coach'}</h1>
        {hasPlan && (
          <nav aria-label="Settings sections" class="settings-nav">
            <ul>
              {SECTIONS.map(([id, name]) => (
                <li key={id}>
                  <a href={`#${id}`}>{name}</a>
                </li>
              ))}
              <li>
                <a href={planHref}>Your plan</a>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <WhenDataOpens open={sources.open} what="Your settings">
        <div id="plan-settings" class="settings-anchor">
          <PlanSettingsPanel source={sources.plan} planHref={planHref} onPlan={setHasPlan} />
        </div>
        {hasPlan && (
          <>
            <div id="reminders" class="settings-anchor">
              <RemindersPanel source={sources.reminders} requestIdlePermission={sources.requestIdlePermission} />
            </div>
            <div id="deciding" class="settings-anchor">
              <DecisionPanel source={sources.decision} />
            </div>
            <div id="budget" class="settings-anchor">
              <BudgetPanel source={sources.budget} />
            </div>
            <div id="backup" class="settings-anchor">
              <BackupPanel source={sources.backup} />
            </div>
          </>
        )}
        {hasPlan === false && (
          <details class="restore-backup">
            <summary>Moving from another computer? Restore a backup instead</summary>
            <BackupPanel source={sources.backup} />
          </details>
        )}
      </WhenDataOpens>
    </main>
  );
}
