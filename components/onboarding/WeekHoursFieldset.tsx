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
      {/* Rule 2 (issue 11): on by default; the student may turn it off, and is told plainly what it is for. */}
      <label class="check">
        <input
          id="light-day"
          type="checkbox"
          checked={draft.lightDay}
          onChange={(e) => update({ lightDay: e.currentTarget.checked })}
          aria-describedby="light-day-hint"
        />
        Keep one light day each week
      </label>
      <p class="hint" id="light-day-hint">
        {draft.lightDay
          ? 'One day in every seven is planned at an hour or less, even if you offer all seven. Rest is when what you studied settles, and a missed day has somewhere to go.'
          : 'Every day is planned as full as its hours. Turn this back on if the weeks start to blur or you fall behind.'}
      </p>
    </fieldset>
  );
}
