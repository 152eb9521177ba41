// plan.html: the whole plan, kept current by the service.
import { render } from 'preact';
import '../../components/theme.css';
import { PageTrouble } from '../../components/page-trouble/PageTrouble';
import { PlanView } from '../../components/plan/PlanView';
import { watchPlan } from '../../lib/services/watch-page';

const root = document.getElementById('app')!;
/** Instead of a blank page: what failed, and the way out (Export backup). */
const showTrouble = () => render(<PageTrouble what="Your plan" settingsHref="/options.html" />, root);

watchPlan((plan) => render(<PlanView {...plan} settingsHref="/options.html" />, root), undefined, showTrouble).catch(
  showTrouble,
);
