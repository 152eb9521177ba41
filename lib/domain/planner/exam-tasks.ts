// The practice-exam sitting and the review of it on the next study day.
import type { SelfAssessment } from '../profiles';
import { RANK, type DraftTask } from './draft-task';
import type { ScheduledExam } from './practice-schedule';
import { examReviewTitle, longDate, practiceExamDetail, practiceExamTitle } from './task-copy';

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

/**
 * The go-ahead level a checkpoint compares with, when the student has not set one: an NBME estimated probability of
 * passing of 90% or more. Blueprint reads NBME's probability as the chance of passing "if you are going to take the
 * exam in the next week", with 50% roughly the passing standard
 * (https://blog.blueprintprep.com/medical/how-to-interpret-the-new-nbme-score-reports/), so a retaker should want
 * a wide margin above a coin flip. The 90 is our conservative default, not an NBME threshold (NBME publishes none).
 */
export const DEFAULT_GO_AHEAD_PASS_PROBABILITY = 90;

/** "Decide: sit on <date> or reschedule", after the late practice forms and before the reschedule deadline. */
export const sitOrReschedule = (examDate: string, deadline: string | undefined): DraftTask => ({
  kind: 'checkpoint',
  priority: 1,
  minutes: 20,
  title: `Decide: sit on ${longDate(examDate)} or reschedule`,
  detail:
    `Compare like with like: your NBME results with each other, UWorld with UWorld. Go ahead if your latest NBME ` +
    `estimated a probability of passing of ${DEFAULT_GO_AHEAD_PASS_PROBABILITY}% or more (or your own go-ahead level in ` +
    `Settings) and the others agree; below it, talk it over with your advisor${deadline ? ` before ${longDate(deadline)}, your reschedule deadline` : ''}.`,
});

export const practiceExamReview = (form: SelfAssessment, minutes: number): DraftTask => ({
  kind: 'review-incorrects',
  rank: RANK.examReview,
  priority: 1,
  minutes,
  title: examReviewTitle(form),
  detail: 'One line per miss: what you chose, why it was wrong, what to remember; log each one to retest.',
});
