// Crisis lines: shown first, and shown whatever happens to the database, so they never wait on a read.
// 988 Suicide & Crisis Lifeline, call or text, any time (https://988lifeline.org/). Emergency numbers: 911 (US and
// Canada), 112 (across the European Union), 999 (UK).
export function CrisisLines() {
  return (
    <section class="support-part support-crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">If you are in crisis</h2>
      <p>If you are thinking about harming yourself, or you do not feel safe, please reach out now.</p>
      <ul>
        <li>
          In the US: call or text <strong>988</strong>, the Suicide &amp; Crisis Lifeline, any time of day or night.{' '}
          <a href="tel:988">Call 988</a> · <a href="sms:988">Text 988</a>
        </li>
        <li>
          Anywhere, in an emergency: call your local emergency number (911 in the US and Canada, 112 across the European
          Union, 999 in the UK).
        </li>
      </ul>
    </section>
  );
}
