export interface FormStatusProps {
  error: string;
  saved: string;
}

/** The form's error (announced at once) or its quiet confirmation. */
export function FormStatus({ error, saved }: FormStatusProps) {
  return (
    <>
      {error && <p role="alert">{error}</p>}
      <p class="form-saved" role="status">
        {saved}
      </p>
    </>
  );
}
