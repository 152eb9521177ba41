export interface FormStatusProps {
  error: string;
  saved: string;
}

/** The form's error (announced at once, and kept until the next try) or its quiet confirmation, which fades away
 * after a few seconds (logging.css): it has been read out, and on screen it would say "logged" for ever. The live
 * region stays in place so the next confirmation is announced too; each one is a new element, so it fades anew. */
export function FormStatus({ error, saved }: FormStatusProps) {
  return (
    <>
      {error && <p role="alert">{error}</p>}
      <p class="form-saved" role="status">
        {saved && <span class="fades">{saved}</span>}
      </p>
    </>
  );
}
