import type { FieldProblem } from './check-plan-draft';

/** Every problem at once, announced, each linking to its field (the message also sits next to the field). */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
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
            <a href={`#${p.field}`}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
