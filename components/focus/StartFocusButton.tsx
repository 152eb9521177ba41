interface StartFocusButtonProps {
  taskTitle: string;
  onStart: () => void;
  disabled?: boolean;
}

/** A small per-task action for the new tab's task list: "Focus", named after its task for screen readers. */
export function StartFocusButton({ taskTitle, onStart, disabled }: StartFocusButtonProps) {
  return (
    <button
      type="button"
      class="start-focus"
      aria-label={`Start focus: ${taskTitle}`}
      disabled={disabled}
      onClick={onStart}
    >
      Focus
    </button>
  );
}
