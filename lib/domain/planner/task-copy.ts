// The words on each task. Titles name the exact thing to do; details give one sentence of how-to. Written for
// someone who failed once and is trying again: plain, specific, no cheering.
import type { Supporter, SupporterRole } from '../settings';
import type { SelfAssessment } from '../profiles';
import type { BlockFormat } from './block-format';
import type { WeightedArea } from './weights';

const ROLE_LABEL: Record<SupporterRole, string> = {
  advisor: 'advisor',
  dean: 'dean',
  tutor: 'tutor',
  'study-partner': 'study partner',
  friend: 'friend',
  other: 'supporter',
};

export const supporterLabel = (supporter: Supporter): string =>
  `${supporter.name.trim()} (${ROLE_LABEL[supporter.role] ?? 'supporter'})`;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `mixedLabel`: 'Mixed systems' for an exam outlined by systems, 'Mixed topics' otherwise. */
export function blockTitle(
  focus: WeightedArea | undefined,
  blocks: number,
  questions: number,
  timed: boolean,
  mixedLabel: string,
): string {
  const what = `${plural(blocks, timed ? 'timed block' : 'block')}, ${questions} questions`;
  return `${focus ? focus.name : mixedLabel}: ${what}`;
}

/** A planned block's title after it was cut to `blocks` blocks of `questions` (the label before ': ' stays). */
export function resizedBlockTitle(title: string, blocks: number, questions: number): string {
  return title.replace(
    /\b\d+ (timed )?blocks?, \d+ questions$/,
    (_, timed: string | undefined) => `${plural(blocks, timed ? 'timed block' : 'block')}, ${questions} questions`,
  );
}

export function blockDetail(format: BlockFormat, phase: 'reset' | 'rebuild' | 'mixed'): string {
  const pace = `${format.questionsPerBlock} questions in ${format.minutesPerBlock} minutes per block`;
  if (phase === 'reset')
    return `One gentle block to get back into the rhythm (${pace}); notice how it feels, not only the score.`;
  if (phase === 'rebuild') return `Blocks on this area only, ${pace}; read every explanation, right or wrong.`;
  // Only claim "the real exam format" when the profile has one; otherwise 20/30 is our default pace.
  return format.examBlocks !== null
    ? `Mixed blocks in the real exam format, ${pace}, with no pausing inside a block.`
    : `Mixed timed blocks, ${pace}, with no pausing inside a block.`;
}

const lower = (area: WeightedArea): string => area.name.toLowerCase();

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

export function contentReviewTitle(
  phase: 'reset' | 'rebuild' | 'consolidate' | 'final',
  focus: WeightedArea | undefined,
  disciplines: readonly WeightedArea[],
): string {
  const topics = listNames(disciplines.map(lower));
  if (!focus)
    return topics
      ? `Review ${topics}: the topics behind your recent misses`
      : 'Review the topics behind your recent misses';
  if (phase === 'final') return `Light review: ${focus.name} high-yield notes`;
  // Some outline names carry a colon of their own ("Social Sciences: Communication and Interpersonal Skills"), so the
  // area's name never comes before another colon.
  if (phase === 'consolidate')
    return topics
      ? `Close the gaps in ${focus.name}, through ${topics}`
      : `Close the gaps in ${focus.name} from your blocks`;
  return topics ? `Review ${focus.name} through ${topics}` : `Review ${focus.name}: the core content`;
}

/** One line of how-to per competency, so a weak competency changes how the student reviews. */
const COMPETENCY_TIP: Record<string, string> = {
  'mk-foundational-science': 'explain the mechanism behind each answer in one sentence',
  'pc-diagnosis': 'name the diagnosis and the next step before you look at the options',
  communication: 'work the communication and ethics questions you tend to rush',
  pbli: 'redo the biostatistics and study-design questions you missed',
};

export function contentReviewDetail(phase: string, competency: WeightedArea | undefined): string {
  const base =
    phase === 'final'
      ? 'Reread your own notes and flashcards; no new resources this close to the exam'
      : 'Start from what your misses point to and make one page of notes you can retest from';
  const tip = competency ? (COMPETENCY_TIP[competency.id] ?? `keep ${lower(competency)} in view`) : undefined;
  return tip ? `${base}; ${tip}.` : `${base}.`;
}

export function practiceExamTitle(form: SelfAssessment, baseline: boolean, part = 1, parts = 1): string {
  const name = parts > 1 ? `${form.name}, part ${part} of ${parts},` : form.name;
  return baseline ? `${name} as your baseline, under exam conditions` : `${name} under exam conditions`;
}

export function practiceExamDetail(form: SelfAssessment, part = 1, parts = 1): string {
  const after = form.reportsPassProbability
    ? 'enter your equated percent and probability of passing'
    : 'enter your percent correct';
  if (parts === 1) return `One timed sitting with breaks as on exam day; afterwards ${after}.`;
  if (part < parts)
    return `The first ${part === 1 ? 'sections' : 'sections left'} of the form, timed, with a break between them; stop where this part ends and do not look at answers yet.`;
  return `The last sections of the form, timed, with a break between them; afterwards ${after}.`;
}

export const examReviewTitle = (form: SelfAssessment): string =>
  `Review ${form.name}: every incorrect and flagged question`;

export function timingPlanTitle(format: BlockFormat): string {
  return format.examBlocks
    ? `Write your timing plan for ${format.examBlocks} blocks of ${format.minutesPerBlock} minutes and your breaks`
    : 'Write your timing plan for the exam day and your breaks';
}
