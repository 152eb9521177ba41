import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAppState } from '../../../lib/domain/app-state';
import { defaultSettings } from '../../../lib/domain/settings';
import { todayFrame, type TodayFrame } from '../../../lib/domain/today/today-frame';
import { announceWrite } from '../../../lib/services/live-context';
import { keepTodaySnapshot, loadTodaySnapshot } from '../../../lib/platform/today-snapshot';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const frame: TodayFrame = todayFrame({
  settings: { ...defaultSettings, examDate: '2027-01-20', startDate: '2026-11-16' },
  appState: defaultAppState,
  today: '2026-11-25',
  tasks: [],
  assessments: [],
  latestMood: null,
});

describe('the today snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the last read and gives it back', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    keepTodaySnapshot(frame);
    expect(loadTodaySnapshot()).toEqual(frame);
  });

  it('is forgotten by every announced write the today read covers, so a settings save made with no new tab open never shows in an old first frame (issue 12)', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    keepTodaySnapshot(frame);
    announceWrite(['settings', 'tasks']);
    expect(loadTodaySnapshot()).toBeUndefined();
  });

  it('is kept through a write the today read does not cover (a focus session, a logged miss)', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    keepTodaySnapshot(frame);
    announceWrite(['focusSessions', 'misses']);
    expect(loadTodaySnapshot()).toEqual(frame);
    announceWrite(['focusSessions', 'appState']);
    expect(loadTodaySnapshot()).toBeUndefined();
  });

  it('forgets it when told to', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    keepTodaySnapshot(frame);
    keepTodaySnapshot(undefined);
    expect(loadTodaySnapshot()).toBeUndefined();
  });

  it('gives nothing, and throws nothing, without storage or with a damaged entry', () => {
    expect(loadTodaySnapshot()).toBeUndefined();
    expect(() => keepTodaySnapshot(frame)).not.toThrow();
    const storage = memoryStorage();
    storage.setItem('retake-coach:today-frame', '{not json');
    vi.stubGlobal('localStorage', storage);
    expect(loadTodaySnapshot()).toBeUndefined();
  });

  it('never reads what an older version kept (the records, not the frame) as a frame, and drops it', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    storage.setItem('retake-coach:today-frame', JSON.stringify({ today: '2026-11-25', tasks: [] }));
    storage.setItem('retake-coach:today-snapshot', JSON.stringify({ today: '2026-11-25', tasks: [] }));
    expect(loadTodaySnapshot()).toBeUndefined();
    keepTodaySnapshot(frame);
    expect(storage.getItem('retake-coach:today-snapshot')).toBeNull();
  });
});
