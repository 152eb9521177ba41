/** The bundled backgrounds (components/today/today.css draws each, light and dark); '' is the plain page. */
export const BACKGROUNDS = [
  ['', 'Plain'],
  ['dawn', 'Dawn'],
  ['sea', 'Sea'],
  ['sage', 'Sage'],
  ['dusk', 'Dusk'],
] as const;

/** A small select at the foot of the new tab. */
export function BackgroundPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  return (
    <p class="background-picker">
      <label>
        Background{' '}
        <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {BACKGROUNDS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
