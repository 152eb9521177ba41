// The question block the plan practises with. Step 1 since 14 May 2026: 14 blocks of 20 items, 30 minutes each
// (https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026, in
// ../shared/domain/step1-profile.json). Profiles without a format use the same 20/30 default.
import type { ExamProfile } from '../profiles';

export interface BlockFormat {
  questionsPerBlock: number;
  /** Minutes to do one block under time. */
  minutesPerBlock: number;
  /** Blocks on the exam day, null when the profile does not say. */
  examBlocks: number | null;
  /** Minutes to review one block's incorrect answers. */
  reviewMinutesPerBlock: number;
}

export const DEFAULT_BLOCK = { questionsPerBlock: 20, minutesPerBlock: 30 } as const;

/**
 * Cost model: a question takes its exam pace (30 min / 20 = 1.5 min) to do, and about the same again to review
 * what was missed, so one block of 20 costs 60 minutes of the day. Review time is a planning default, not a fact.
 */
export function blockFormat(profile: ExamProfile): BlockFormat {
  const format = profile.format;
  const questionsPerBlock =
    format && format.questionsPerBlock > 0 ? format.questionsPerBlock : DEFAULT_BLOCK.questionsPerBlock;
  const minutesPerBlock = format && format.minutesPerBlock > 0 ? format.minutesPerBlock : DEFAULT_BLOCK.minutesPerBlock;
  return {
    questionsPerBlock,
    minutesPerBlock,
    examBlocks: format?.blocks ?? null,
    reviewMinutesPerBlock: minutesPerBlock,
  };
}
