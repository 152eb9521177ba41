import type { ContentArea } from '../../lib/domain/profiles';
import type { BlockDraft } from './block-draft';

export interface AreaCountsProps {
  areas: readonly ContentArea[];
  selected: readonly string[];
  counts: BlockDraft['areaCounts'];
  onChange: (counts: BlockDraft['areaCounts']) => void;
}

/** For a block of several areas: right answers and questions per area, optional. Left empty, the block stays whole.
 * The inputs are named "<area>: right" and "<area>: total" so that no name repeats the block's own Questions and
 * Correct (../shared/DESIGN.md's contract finds those by name). */
export function AreaCounts({ areas, selected, counts, onChange }: AreaCountsProps) {
  if (selected.length < 2) return null;
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const set = (areaId: string, field: 'questions' | 'correct', value: string) => {
    const current = counts[areaId] ?? { questions: '', correct: '' };
    onChange({ ...counts, [areaId]: { ...current, [field]: value } });
  };
  return (
    <fieldset class="area-counts">
      <legend>Per area (optional)</legend>
      <p class="log-hint">Right answers of how many, per area. Leave empty to keep the block as one.</p>
      {selected.map((areaId) => {
        const name = names.get(areaId) ?? areaId;
        const count = counts[areaId] ?? { questions: '', correct: '' };
        return (
          <div key={areaId} class="area-count">
            <span class="area-count-name">{name}</span>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              aria-label={`${name}: right`}
              value={count.correct}
              onInput={(e) => set(areaId, 'correct', e.currentTarget.value)}
            />
            <span aria-hidden="true">of</span>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              aria-label={`${name}: total`}
              value={count.questions}
              onInput={(e) => set(areaId, 'questions', e.currentTarget.value)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
