import { LIST_LIMITS, TEXT_LIMITS } from '../../lib/domain/limits';
import type { ContentArea } from '../../lib/domain/profiles';
import { ankiSearch } from '../../lib/domain/retest';
import { MISS_REASONS, type MissReason } from '../../lib/domain/types';
import type { MissDraft } from './block-draft';

export const REASON_LABELS: Record<MissReason, string> = {
  knowledge: 'Knowledge gap',
  misread: 'Misread the question',
  reasoning: 'Reasoning slip',
  timing: 'Ran out of time',
};

export interface MissRowsProps {
  misses: readonly MissDraft[];
  areas: readonly ContentArea[];
  onChange: (misses: MissDraft[]) => void;
}

/** Optional missed-question IDs, each with its reason and area; they come back as retests in 2 and 7 days. */
export function MissRows({ misses, areas, onChange }: MissRowsProps) {
  const update = (i: number, patch: Partial<MissDraft>) =>
    onChange(misses.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const search = ankiSearch(misses.map((m) => m.questionId));
  return (
    <fieldset class="miss-rows">
      <legend>Missed questions (optional)</legend>
      {misses.map((m, i) => (
        <div class="miss-row" key={i}>
          <label>
            Question ID {i + 1}
            <input
              value={m.questionId}
              inputMode="numeric"
              maxLength={TEXT_LIMITS.questionId}
              onInput={(e) => update(i, { questionId: e.currentTarget.value })}
            />
          </label>
          <label>
            Reason {i + 1}
            <select value={m.reason} onChange={(e) => update(i, { reason: e.currentTarget.value as MissReason })}>
              {MISS_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REASON_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Area {i + 1}
            <select value={m.areaId} onChange={(e) => update(i, { areaId: e.currentTarget.value })}>
              <option value="">Not sure</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-label={`Remove missed question ${i + 1}`}
            onClick={() => onChange(misses.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      {misses.length < LIST_LIMITS.missesPerBlock && (
        <button
          type="button"
          onClick={() => onChange([...misses, { questionId: '', reason: 'knowledge', areaId: '' }])}
        >
          Add a missed question
        </button>
      )}
      {search && (
        <label class="anki-search">
          Anki search for these IDs (select and copy)
          <input readOnly value={search} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </fieldset>
  );
}
