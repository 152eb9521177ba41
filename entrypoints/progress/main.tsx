// progress.html: the history, kept current by the service.
import { render } from 'preact';
import '../../components/theme.css';
import { PageTrouble } from '../../components/page-trouble/PageTrouble';
import { ProgressPage } from '../../components/progress/ProgressPage';
import { watchProgress } from '../../lib/services/watch-page';

const root = document.getElementById('app')!;
/** Instead of a blank page: what failed, and the way out (Export backup). */
const showTrouble = () => render(<PageTrouble what="Your progress" settingsHref="/options.html" />, root);

watchProgress((data) => render(<ProgressPage {...data} />, root), undefined, showTrouble).catch(showTrouble);
