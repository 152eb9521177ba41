import type { FieldProblem } from './check-plan-draft';

/** Every problem at once, announced, each linking to its field (the message also sits next to the field). */
export function ErrorSummary({
  problems,
  onGo,
}: {
  problems: FieldProblem[];
  /** Shows the part of the form that holds a field (a hidden step) before the link moves to it. */
  onGo?: (field: string) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" class="error-summary">
      <p>
        <strong>
          {problems.length === 1
            ? 'One thing needs fixing before the plan can be made:'
            : `${problems.length} things need fixing before the plan can be made:`}
        </strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p.field + p.message}>
            <a
              href={`#${p.field}`}
              onClick={(e) => {
                if (!onGo) return;
                e.preventDefault();
                onGo(p.field);
                // The step is shown on the next render; the field is focused once it is there.
                requestAnimationFrame(() => {
                  const el = document.getElementById(p.field);
                  (el?.tagName === 'FIELDSET' ? (el.querySelector<HTMLElement>('input, select') ?? el) : el)?.focus();
                });
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
