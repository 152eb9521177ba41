// Practice forms the student adds themselves (issue 11, rule 3): NBME 32 and later, a school's CBSSA or CBSE,
// UWSA3, AMBOSS, each with its own name and length. The planner, the logs and readiness treat them like the profile's
// own forms: `studentProfile` appends them to the exam profile. Their ids carry their kind, so that readiness
// compares each only with forms of its own kind (lib/domain/readiness/go-ahead.ts, `scoreScale`): an added NBME form
// with the NBME forms, an added UWorld form with the UWorld forms, a school's exams with each other.
import type { ExamProfile, SelfAssessment } from './exam-profile';

export const CUSTOM_FORM_KINDS = ['nbme', 'uworld', 'school', 'amboss', 'other'] as const;
export type CustomFormKind = (typeof CUSTOM_FORM_KINDS)[number];

export interface CustomForm {
  /** `<kind prefix>-custom-<n>` (customFormId). */
  id: string;
  kind: CustomFormKind;
  name: string;
  /** The whole sitting, breaks included. */
  minutes: number;
  /** null when the student did not say. */
  questions: number | null;
}

/** What a student may enter: a name short enough to read in a task title, a sitting of half an hour to 10 hours. */
export const CUSTOM_FORM_LIMITS = { forms: 20, name: 60, minMinutes: 30, maxMinutes: 600, maxQuestions: 400 } as const;

/** How the form names each kind, and the provider the budget and the logs see. */
export const CUSTOM_FORM_KIND_NAMES: Record<CustomFormKind, { label: string; provider: string; idPrefix: string }> = {
  nbme: { label: 'NBME (Form 32 on, CBSSA)', provider: 'NBME', idPrefix: 'nbme' },
  uworld: { label: 'UWorld (UWSA3)', provider: 'UWorld', idPrefix: 'uwsa' },
  school: { label: "My school's exam (CBSE)", provider: 'Your school', idPrefix: 'school' },
  amboss: { label: 'AMBOSS', provider: 'AMBOSS', idPrefix: 'amboss' },
  other: { label: 'Other', provider: 'Other', idPrefix: 'other' },
};

const CUSTOM_ID = /^(nbme|uwsa|school|amboss|other)-custom-(\d+)$/;

export const isCustomFormId = (id: string): boolean => CUSTOM_ID.test(id);

/** A new id for a form of `kind`: numbered after every custom form already there, so that no id is reused. */
export function customFormId(kind: CustomFormKind, existing: readonly CustomForm[]): string {
  const highest = Math.max(0, ...existing.map((f) => Number(CUSTOM_ID.exec(f.id)?.[2] ?? 0)));
  return `${CUSTOM_FORM_KIND_NAMES[kind].idPrefix}-custom-${highest + 1}`;
}

/** The problem with an entry as typed, or null; `minutes` and `questions` as numbers (`questions` null when blank). */
export function customFormProblem(
  entry: { name: string; minutes: number | null; questions: number | null },
  existing: readonly { name: string }[],
): string | null {
  const name = entry.name.trim();
  if (name === '') return 'Give the form a name, such as NBME Form 32 or UWSA3.';
  if (name.length > CUSTOM_FORM_LIMITS.name) return `Keep the name to ${CUSTOM_FORM_LIMITS.name} characters at most.`;
  if (existing.some((f) => f.name.trim().toLowerCase() === name.toLowerCase()))
    return `${name} is already in the list.`;
  const { minMinutes, maxMinutes, maxQuestions } = CUSTOM_FORM_LIMITS;
  if (
    entry.minutes === null ||
    !Number.isInteger(entry.minutes) ||
    entry.minutes < minMinutes ||
    entry.minutes > maxMinutes
  )
    return `Enter the sitting time in whole minutes, breaks included, from ${minMinutes} to ${maxMinutes}.`;
  if (
    entry.questions !== null &&
    (!Number.isInteger(entry.questions) || entry.questions < 1 || entry.questions > maxQuestions)
  )
    return `Enter the number of questions as a whole number from 1 to ${maxQuestions}, or leave it empty.`;
  if (existing.length >= CUSTOM_FORM_LIMITS.forms) return `Keep to ${CUSTOM_FORM_LIMITS.forms} added forms at most.`;
  return null;
}

export function customSelfAssessment(form: CustomForm): SelfAssessment {
  return {
    id: form.id,
    name: form.name,
    provider: CUSTOM_FORM_KIND_NAMES[form.kind].provider,
    questions: form.questions,
    sittingMinutes: form.minutes,
    // NBME's reports give an estimated probability of passing (../shared/domain/README.md, section 5).
    reportsPassProbability: form.kind === 'nbme',
    source: 'Added by you, with the length you gave.',
  };
}

/** The exam profile with the student's own forms after its own (ids the profile already has are not added twice). */
export function studentProfile(profile: ExamProfile, customForms: readonly CustomForm[] = []): ExamProfile {
  const known = new Set(profile.selfAssessments.map((f) => f.id));
  const added = customForms.filter((f) => !known.has(f.id)).map(customSelfAssessment);
  return added.length === 0 ? profile : { ...profile, selfAssessments: [...profile.selfAssessments, ...added] };
}
