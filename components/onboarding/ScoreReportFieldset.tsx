import type { AreaCategory, ContentArea } from '../../lib/domain/profiles';
import type { Band } from '../../lib/domain/types';

const BAND_OPTIONS: [Band, string][] = [
  ['lower', 'Lower'],
  ['same', 'About the same'],
  ['higher', 'Higher'],
  ['unknown', 'Not sure'],
];
const GROUPS: [AreaCategory, string][] = [
  ['system', 'Systems'],
  ['discipline', 'Disciplines'],
  ['competency', 'Competencies'],
];

/** One radio group per content area, named exactly as in the profile, grouped under the score report's headings. */
export function ScoreReportFieldset({
  areas,
  bands,
  onChange,
}: {
  areas: readonly ContentArea[];
  bands: Record<string, Band>;
  onChange: (id: string, band: Band) => void;
}) {
  return (
    <section class="onboarding-section score-report" aria-labelledby="score-heading">
      <h2 id="score-heading">Your score report</h2>
      <p class="hint">
        For each area, your performance compared with examinees who just passed. The plan gives "Lower" areas the most
        time. Pick "Not sure" where the report is unclear.
      </p>
      {areas.length === 0 && (
        <p class="hint">Retake Coach has no content areas for this exam yet; the plan spreads time evenly.</p>
      )}
      {GROUPS.map(([category, heading]) => {
        const group = areas.filter((a) => a.category === category);
        if (group.length === 0) return null;
        return (
          <div class="band-group" key={category}>
            <h3>{heading}</h3>
            {group.map((area) => (
              <fieldset class="band-row" key={area.id}>
                <legend>{area.name}</legend>
                {BAND_OPTIONS.map(([band, label]) => (
                  <label key={band} class="band-option">
                    <input
                      type="radio"
                      name={`band-${area.id}`}
                      value={band}
                      checked={(bands[area.id] ?? 'unknown') === band}
                      onChange={() => onChange(area.id, band)}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        );
      })}
    </section>
  );
}
