// A field's own message, and the attributes that tie it to the field (aria-describedby, aria-invalid).

export type ProblemOf = (field: string) => string | undefined;

export const messageId = (field: string): string => `${field}-error`;

/** Attributes for the element a problem is about; `hint` is an extra description (its element's id). */
export function described(field: string, problemOf: ProblemOf, hint?: string) {
  const bad = problemOf(field) !== undefined;
  const ids = [bad ? messageId(field) : '', hint ?? ''].filter(Boolean).join(' ');
  return { 'aria-invalid': bad ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

export function FieldMessage({ field, problemOf }: { field: string; problemOf: ProblemOf }) {
  const message = problemOf(field);
  return message ? (
    <p class="field-error" id={messageId(field)}>
      {message}
    </p>
  ) : null;
}
