// plan.html: the whole plan, kept current by the service.
import { render } from 'preact';
import '../../components/theme.css';
import { PlanView } from '../../components/plan/PlanView';
import { watchPlan } from '../../lib/services/watch-page';

const root = document.getElementById('app')!;

void watchPlan((plan) => render(<PlanView {...plan} settingsHref="/options.html" />, root));
