// The browser tests find Chromium the same way `npm start` does.
export { findChromium } from '../../scripts/find-chromium.mjs';
