// The days that are not a plan day: before the plan exists, after the exam, and an exam date out of range.
import { dayLabel } from '../../lib/domain/format/day-words';

export function SetupInvite({ settingsHref }: { settingsHref: string }) {
  return (
    <section class="today-card setup-invite" aria-labelledby="setup-title">
      <h2 id="setup-title">Let's set up your retake plan</h2>
      <p>
        Tell Retake Coach your exam date, your hours and what your score report said. You get a day-by-day plan, and
        this page shows each day's part of it.
      </p>
      <p>
        <a class="button-link" href={settingsHref} target="_blank" rel="noopener">
          Set up my plan
        </a>
      </p>
    </section>
  );
}

export function AfterExam({ examDate, settingsHref }: { examDate: string; settingsHref: string }) {
  return (
    <section class="today-card after-exam" aria-labelledby="after-exam-title">
      <h2 id="after-exam-title">How did the exam go?</h2>
      <p>
        Your exam was on {dayLabel(examDate)}. Whatever the day felt like, write down a few lines while you still
        remember it: which blocks felt hard, what your pacing was like, what you would keep.
      </p>
      <p>What next:</p>
      <ul class="after-exam-options">
        <li>While you wait for the result, rest. You have earned some days without questions.</li>
        <li>
          <a href={`${settingsHref}#attempts`} target="_blank" rel="noopener">
            Log the result in Settings
          </a>
          : if it was not a pass, add this sitting under Past attempts, so that the attempt rules and the earliest next
          date stay right.
        </li>
        <li>
          <a href={settingsHref} target="_blank" rel="noopener">
            Plan a next attempt
          </a>
          : choose a new exam date and the plan is rebuilt from your settings, with what you learned this time.
        </li>
      </ul>
    </section>
  );
}

/** The stored exam date is out of range: nothing is counted from it; the way out is choosing it again. */
export function BadExamDate({ message, settingsHref }: { message: string; settingsHref: string }) {
  return (
    <section class="today-card" aria-labelledby="bad-date-title">
      <h2 id="bad-date-title">Please check your exam date</h2>
      <p role="alert">{message}</p>
      <p>
        <a class="button-link" href={settingsHref} target="_blank" rel="noopener">
          Choose the exam date again
        </a>
      </p>
    </section>
  );
}
