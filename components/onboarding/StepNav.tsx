import { ONBOARDING_STEPS } from './onboarding-steps';

/** Where the student is in the set-up: every step is a button, so any answer can be revisited in any order. */
export function StepNav({ current, onGo }: { current: number; onGo: (step: number) => void }) {
  return (
    <nav aria-label="Set-up steps" class="step-nav">
      <ol>
        {ONBOARDING_STEPS.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              class={i < current ? 'step-done' : undefined}
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onGo(i)}
            >
              <span class="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span>{step.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
