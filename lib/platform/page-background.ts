// The background the student chose for the new tab and the popup, kept in the extension's localStorage: a look for
// this browser, not study data (it is not in the backup), read synchronously so the first frame already has it.
const KEY = 'retake-coach:background';

export function loadBackground(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function keepBackground(id: string): void {
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage off: the choice lasts for this page only.
  }
}
