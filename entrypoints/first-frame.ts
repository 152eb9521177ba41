// The new tab's and the popup's first frame: a classic script (Manifest V3 allows no inline script), run as the
// page's HTML is parsed, before any module has loaded. It draws the kept snapshot of today into the page's container
// (lib/services/first-frame.ts); the app's module then takes over the same nodes.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drawTodayFirstFrame } from '../lib/services/first-frame';
import { chosenBackground } from '../lib/services/page-background';

export default defineUnlistedScript(() => {
  document.documentElement.dataset.background = chosenBackground();
  drawTodayFirstFrame();
});
