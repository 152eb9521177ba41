import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { BackupSlot } from './BackupSlot';
import { BudgetSlot } from './BudgetSlot';
import { DecisionSlot } from './DecisionSlot';
import { PlanSettingsSlot } from './PlanSettingsSlot';
import { RemindersSlot } from './RemindersSlot';

render(
  <main class="options-page">
    <h1>Retake Coach</h1>
    <PlanSettingsSlot />
    <RemindersSlot />
    <DecisionSlot />
    <BudgetSlot />
    <BackupSlot />
  </main>,
  document.getElementById('app')!,
);
