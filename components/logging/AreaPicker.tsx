import type { ContentArea } from '../../lib/domain/profiles';

export interface AreaPickerProps {
  legend: string;
  areas: readonly ContentArea[];
  selected: readonly string[];
  onChange: (areaIds: string[]) => void;
}

/** Checkboxes for the systems or disciplines a block covered, folded away until needed. */
export function AreaPicker({ legend, areas, selected, onChange }: AreaPickerProps) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <details class="area-picker" open={selected.length > 0}>
      <summary>{selected.length > 0 ? `${legend} (${selected.length} chosen)` : legend}</summary>
      <fieldset>
        <legend class="visually-hidden">{legend}</legend>
        {areas.map((area) => (
          <label key={area.id} class="check">
            <input
              type="checkbox"
              checked={selected.includes(area.id)}
              onChange={(e) => toggle(area.id, e.currentTarget.checked)}
            />
            {area.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
