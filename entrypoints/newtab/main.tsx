import { render } from 'preact';
import '../../components/theme.css';
import { TodayPanel } from '../../components/today/TodayPanel';
import { chosenBackground } from '../../lib/services/page-background';
import { todaySource } from '../../lib/services/today-source';
import { LazyBackground, LazyFocus, LazyLogs } from '../today-slots/LazySlots';

// The chosen background is drawn with the first frame (a root attribute today.css reads), never after it.
document.documentElement.dataset.background = chosenBackground();

render(
  <main class="today-page">
    <h1>Retake Coach</h1>
    <TodayPanel
      source={todaySource()}
      settingsHref="/options.html"
      focus={(task, request) => <LazyFocus nextTask={task} startOn={request} />}
      after={() => (
        <>
          <LazyLogs />
          <LazyBackground />
        </>
      )}
    />
  </main>,
  document.getElementById('app')!,
);
