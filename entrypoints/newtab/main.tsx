import { render } from 'preact';
import '../../components/theme.css';
import { loadTodayContent, TodayPanel } from '../../components/today/TodayPanel';
import { takeOverTodayFrame } from '../../lib/services/first-frame';
import { chosenBackground } from '../../lib/services/page-background';
import { todaySource } from '../../lib/services/today-source';
import { LazyBackground, LazyFocus, LazyLogs } from '../today-slots/LazySlots';

// The chosen background is drawn with the first frame (a root attribute today.css reads), never after it.
document.documentElement.dataset.background = chosenBackground();

// The first frame is already there when a fresh snapshot was kept (entrypoints/first-frame.ts drew it); the view's
// components are a chunk of their own, asked for at once (the app renders over a first frame once they are here).
const app = document.getElementById('app')!;
takeOverTodayFrame(app, loadTodayContent(), () =>
  render(
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
    />,
    app,
  ),
);
