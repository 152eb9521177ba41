/** After "Create my plan": what was made, and the two ways on from here. The new tab is where the plan lives. */
export function PlanReady({
  summary,
  notes,
  planHref,
  onOpenNewTab,
}: {
  summary: string;
  notes: string[];
  planHref: string;
  onOpenNewTab?: () => void;
}) {
  return (
    <>
      <p>
        <strong>{summary}</strong> <a href={planHref}>See your whole plan</a>
      </p>
      {onOpenNewTab && (
        <div class="plan-ready">
          <p>Every new tab now shows today's tasks, the countdown and a word for the day.</p>
          <button type="button" class="primary" onClick={onOpenNewTab}>
            Open a new tab
          </button>
        </div>
      )}
      {notes.map((note) => (
        <p key={note} class="hint">
          {note}
        </p>
      ))}
    </>
  );
}
