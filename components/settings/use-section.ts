import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectionSource } from './section-source';

/** `note` says why the form was read again; `alert` when it is a refused save. */
export type SectionData<T> =
  { data: T; generation: number; note: string; alert: boolean } | { error: string } | undefined;

export interface SectionControl<T, S> {
  section: SectionData<T>;
  /**
   * Runs the section's save. On success `data` is what the form now shows (the save's own broadcast then reloads
   * nothing); a save refused as stale reads the section again and says why in an alert.
   */
  save(value: S, data: T): Promise<void>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const CHANGED_ELSEWHERE =
  'These settings were changed in another tab (or by an import); this section now shows them.';

/**
 * A settings section's data: read when it mounts, and read again whenever another page writes what it shows (a save
 * in another tab, an import, an undo). When what the section shows has changed, `generation` moves on (the section
 * remounts its form with it as the key) and `note` says why; the section's own saves change nothing.
 */
export function useSection<T, S>(source: SectionSource<T, S>, failure: string): SectionControl<T, S> {
  const [section, setSection] = useState<SectionData<T>>();
  const shown = useRef<{ data: T; generation: number } | undefined>(undefined);

  const show = (data: T, note: string, alert: boolean) => {
    const generation = (shown.current?.generation ?? 0) + 1;
    shown.current = { data, generation };
    setSection({ data, generation, note, alert });
  };
  const refresh = (note: string, alert: boolean) =>
    source.read().then(
      (data) => {
        if (alert || !shown.current || !same(data, shown.current.data)) show(data, note, alert);
      },
      () => setSection({ error: failure }),
    );

  useEffect(() => {
    source.read().then(
      (data) => show(data, '', false),
      () => setSection({ error: failure }),
    );
    return source.subscribe(() => void refresh(CHANGED_ELSEWHERE, false));
    // Set up once, when the section mounts.
  }, []);

  return {
    section,
    save: async (value, data) => {
      try {
        await source.save(value, shown.current?.data ?? data);
      } catch (e) {
        if (e instanceof Error && e.name === 'StaleWriteError') void refresh(e.message, true);
        throw e;
      }
      if (!shown.current) return;
      // The form stays as it is (same generation); the next save compares with what this one wrote.
      shown.current = { ...shown.current, data };
      setSection((current) => (current && 'data' in current ? { ...current, data, note: '', alert: false } : current));
    },
  };
}
