import { described, FieldMessage, type ProblemOf } from './field-message';
import { WEEKDAY_NAMES, type PlanDraft } from './plan-draft';

/** Study hours per weekday; 0 makes the day a day off. */
export function WeekHoursFieldset({
  draft,
  update,
  problemOf,
}: {
  draft: PlanDraft;
  update: (patch: Partial<PlanDraft>) => void;
  problemOf: ProblemOf;
}) {
  const total = draft.hours.reduce((sum, h) => sum + (Number.isFinite(Number(h)) ? Number(h) : 0), 0);
  return (
    <fieldset
      id="hours"
      class="onboarding-section week-hours"
      tabIndex={-1}
      {...described('hours', problemOf, 'hours-hint')}
    >
      <legend>
        <h2>Study hours per day</h2>
      </legend>
      <p class="hint" id="hours-hint">
        Hours you can really study, after classes, work and sleep. 0 makes it a day off; one day off a week helps you
        keep going.
      </p>
      <div class="hours-grid">
        {WEEKDAY_NAMES.map((day, i) => (
          <div class="field" key={day}>
            <label for={`hours-${i}`}>{day} hours</label>
            <input
              id={`hours-${i}`}
              type="number"
              inputMode="decimal"
              min={0}
              max={16}
              step={0.5}
              value={draft.hours[i] ?? ''}
              onInput={(e) => update({ hours: draft.hours.map((h, j) => (j === i ? e.currentTarget.value : h)) })}
              {...described(`hours-${i}`, problemOf)}
            />
          </div>
        ))}
      </div>
      {/* Under the grid at full width, not in a day's narrow cell, where a sentence wrapped to five lines. */}
      {WEEKDAY_NAMES.map((day, i) => (
        <FieldMessage key={day} field={`hours-${i}`} problemOf={problemOf} />
      ))}
      <p class="hint">{Math.round(total * 10) / 10} hours a week.</p>
      <FieldMessage field="hours" problemOf={problemOf} />
    </fieldset>
  );
}
