// options.html: onboarding before a plan, the settings once there is one; each section reads and saves through its
// source (lib/services/settings-sources.ts).
import { render } from 'preact';
import '../../components/theme.css';
import { SettingsPage } from '../../components/settings/SettingsPage';
import { settingsSources } from '../../lib/services/settings-sources';

render(<SettingsPage sources={settingsSources()} planHref="/plan.html" />, document.getElementById('app')!);
