// The practice-exam sitting and the review of it on the next study day.
import type { SelfAssessment } from '../profiles';
import { RANK, type DraftTask } from './draft-task';
import type { ScheduledExam } from './practice-schedule';
import { examReviewTitle, practiceExamDetail, practiceExamTitle } from './task-copy';

/** Reviewing a whole form takes longer than this; the rest of it goes into the following days' content review. */
export const EXAM_REVIEW_MINUTES = 150;

/** The sitting, or one part of a form split over several days: the last part is the form's own task (it takes the
 * score), the earlier ones are `practice-exam-part`. */
export const practiceExam = ({ form, baseline, part, parts, minutes }: ScheduledExam): DraftTask => ({
  kind: part < parts ? 'practice-exam-part' : 'practice-exam',
  priority: 1,
  formId: form.id,
  minutes,
  title: practiceExamTitle(form, baseline, part, parts),
  detail: practiceExamDetail(form, part, parts),
});

export const practiceExamReview = (form: SelfAssessment, minutes: number): DraftTask => ({
  kind: 'review-incorrects',
  rank: RANK.examReview,
  priority: 1,
  minutes,
  title: examReviewTitle(form),
  detail: 'One line per miss: what you chose, why it was wrong, what to remember; log each one to retest.',
});
