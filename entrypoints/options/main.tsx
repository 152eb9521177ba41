import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { WhenDataOpens } from '../../components/page-trouble/WhenDataOpens';
import { pageContext } from '../../lib/services/page-context';
import { BackupSlot } from './BackupSlot';
import { BudgetSlot } from './BudgetSlot';
import { DecisionSlot } from './DecisionSlot';
import { PlanSettingsSlot } from './PlanSettingsSlot';
import { RemindersSlot } from './RemindersSlot';

render(
  <main class="options-page">
    <h1>Retake Coach</h1>
    <WhenDataOpens open={pageContext} what="Your settings">
      <PlanSettingsSlot />
      <RemindersSlot />
      <DecisionSlot />
      <BudgetSlot />
      <BackupSlot />
    </WhenDataOpens>
  </main>,
  document.getElementById('app')!,
);
