import type { ExamProfile } from './exam-profile';
import { step1Profile } from './step1';
import { comlexLevel1Profile, plab1Profile, step2ckProfile } from './others';
import { studentProfile, type CustomForm } from './custom-forms';

export type { ExamProfile, ContentArea, SelfAssessment, AttemptPolicy, AreaCategory } from './exam-profile';

/** Step 1 first: it is the default and the only complete profile. */
export const examProfiles: readonly ExamProfile[] = [step1Profile, step2ckProfile, comlexLevel1Profile, plab1Profile];

export const DEFAULT_EXAM_ID = step1Profile.id;

export function examProfile(id: string): ExamProfile {
  return examProfiles.find((p) => p.id === id) ?? step1Profile;
}

/** The exam's profile with the forms the student added (lib/domain/profiles/custom-forms.ts) after its own. */
export function profileOf(settings: { examId: string; customForms?: readonly CustomForm[] }): ExamProfile {
  return studentProfile(examProfile(settings.examId), settings.customForms ?? []);
}
