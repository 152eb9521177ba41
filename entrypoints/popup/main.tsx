import { render } from 'preact';
import '../../components/theme.css';
import { TodayPanel } from '../../components/today/TodayPanel';
import { todaySource } from '../../lib/services/today-source';
import { LazySlots } from '../today-slots/LazySlots';

render(
  <main class="today-popup">
    <h1>Retake Coach</h1>
    <TodayPanel
      source={todaySource()}
      settingsHref="/options.html"
      compact
      after={(nextTask) => <LazySlots nextTask={nextTask} />}
    />
  </main>,
  document.getElementById('app')!,
);
