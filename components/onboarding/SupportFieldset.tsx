import { LIST_LIMITS, TEXT_LIMITS } from '../../lib/domain/limits';
import type { ParallelTrackKind, SupporterRole } from '../../lib/domain/settings';
import { described, FieldMessage, type ProblemOf } from './field-message';
import type { PlanDraft, SupporterDraft } from './plan-draft';

const ROLES: [SupporterRole, string][] = [
  ['advisor', 'Advisor'],
  ['dean', 'Dean'],
  ['tutor', 'Tutor'],
  ['study-partner', 'Study partner'],
  ['friend', 'Friend or family'],
  ['other', 'Other'],
];

/** Optional: a clinical rotation or Step 2 CK alongside, and the people the weekly check-ins are with. */
export function SupportFieldset({
  draft,
  update,
  problemOf,
}: {
  draft: PlanDraft;
  update: (patch: Partial<PlanDraft>) => void;
  problemOf: ProblemOf;
}) {
  const setSupporter = (i: number, patch: Partial<SupporterDraft>) =>
    update({ supporters: draft.supporters.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <section class="onboarding-section" aria-labelledby="alongside-heading">
      <h2 id="alongside-heading">Alongside your studies (optional)</h2>
      <div class="field-row">
        <label class="field">
          Parallel track
          <select
            value={draft.parallelKind}
            onChange={(e) => update({ parallelKind: e.currentTarget.value as ParallelTrackKind })}
          >
            <option value="none">None</option>
            <option value="clinical">Clinical rotation</option>
            <option value="step2ck">Step 2 CK preparation</option>
          </select>
        </label>
        {draft.parallelKind !== 'none' && (
          <label class="field">
            Parallel track hours per week
            <input
              id="parallel-hours"
              type="number"
              inputMode="decimal"
              min={0}
              max={80}
              value={draft.parallelHours}
              onInput={(e) => update({ parallelHours: e.currentTarget.value })}
              {...described('parallel-hours', problemOf, 'parallel-hint')}
            />
          </label>
        )}
      </div>
      {draft.parallelKind !== 'none' && (
        <p class="hint" id="parallel-hint">
          These hours come out of your study days, in proportion.
        </p>
      )}
      <FieldMessage field="parallel-hours" problemOf={problemOf} />

      <fieldset class="supporters" id="supporters" {...described('supporters', problemOf)}>
        <legend>People who support you</legend>
        <p class="hint">
          An advisor, a dean, a tutor or a study partner: the plan books a short check-in with them every week.
        </p>
        {draft.supporters.map((s, i) => (
          <div class="field-row" key={i}>
            <label class="field">
              Supporter {i + 1} name
              <input
                type="text"
                maxLength={TEXT_LIMITS.supporterName}
                value={s.name}
                onInput={(e) => setSupporter(i, { name: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              Supporter {i + 1} role
              <select
                value={s.role}
                onChange={(e) => setSupporter(i, { role: e.currentTarget.value as SupporterRole })}
              >
                {ROLES.map(([role, label]) => (
                  <option key={role} value={role}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => update({ supporters: draft.supporters.filter((_, j) => j !== i) })}>
              Remove supporter {i + 1}
            </button>
          </div>
        ))}
        {draft.supporters.length < LIST_LIMITS.supporters && (
          <button
            type="button"
            onClick={() => update({ supporters: [...draft.supporters, { name: '', role: 'advisor' }] })}
          >
            Add a supporter
          </button>
        )}
        <FieldMessage field="supporters" problemOf={problemOf} />
      </fieldset>
    </section>
  );
}
