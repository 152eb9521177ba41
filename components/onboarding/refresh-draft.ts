// The settings form stays open while the student logs in another page: a block logged shrinks the bank, a practice
// exam logged moves its form to "taken". The form then takes the new values for the fields the student has not
// touched (still as first shown), and keeps what they typed in the others, naming those so the page can say the
// value changed elsewhere. Tested without a DOM.
import type { PlanDraft } from './plan-draft';

/** How the note names a field changed elsewhere. */
const FIELD_WORDS: Partial<Record<keyof PlanDraft, string>> = {
  questionBankLeft: 'questions left in your bank',
  practiceFormIds: 'the practice exams you have',
  examDate: 'the exam date',
  hours: 'your hours',
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface RefreshedDraft {
  draft: PlanDraft;
  /** Fields the student had changed that another page changed too: what they typed is kept. */
  keptFields: (keyof PlanDraft)[];
}

/** `shown` is what the form first showed, `current` what is stored now, `draft` what the form holds. */
export function refreshDraft(draft: PlanDraft, shown: PlanDraft, current: PlanDraft): RefreshedDraft {
  const next: PlanDraft = { ...draft };
  const keptFields: (keyof PlanDraft)[] = [];
  for (const key of Object.keys(current) as (keyof PlanDraft)[]) {
    if (same(shown[key], current[key])) continue;
    if (same(draft[key], shown[key])) (next as unknown as Record<string, unknown>)[key] = current[key];
    else if (!same(draft[key], current[key])) keptFields.push(key);
  }
  return { draft: next, keptFields };
}

/** "Changed in another page since you opened this one: questions left in your bank (now 2360). What you typed is
 * kept and is what a save uses." */
export function keptFieldsNote(keptFields: readonly (keyof PlanDraft)[], current: PlanDraft): string {
  if (keptFields.length === 0) return '';
  const named = keptFields.map((key) => {
    const words = FIELD_WORDS[key] ?? String(key);
    return key === 'questionBankLeft' || key === 'examDate' ? `${words} (now ${current[key]})` : words;
  });
  return `Updated elsewhere since you started typing: ${named.join(', ')}. What you typed is kept and is what a save uses.`;
}
