// progress.html: the history, kept current by the service.
import { render } from 'preact';
import '../../components/theme.css';
import { ProgressPage } from '../../components/progress/ProgressPage';
import { watchProgress } from '../../lib/services/watch-page';

const root = document.getElementById('app')!;

void watchProgress((data) => render(<ProgressPage {...data} />, root));
