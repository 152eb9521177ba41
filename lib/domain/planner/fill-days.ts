// Second pass: gives each day its share of the bank's question blocks, then fills what is left with content review,
// and decides which areas the day is about (see focus-rotation.ts).
import type { BlockFormat } from './block-format';
import type { DayDraft } from './draft-days';
import { RANK, type DraftTask } from './draft-task';
import { focusRotation } from './focus-rotation';
import { allocateBlocks } from './question-load';
import { blockDetail, blockTitle, contentReviewDetail, contentReviewTitle } from './task-copy';
import type { AreaWeights } from './weights';

const MIN_CONTENT_MINUTES = 15;

export function fillDays(drafts: readonly DayDraft[], bankLeft: number, format: BlockFormat, weights: AreaWeights): void {
  const primaryAreas = weights.system.length > 0 ? weights.system : weights.discipline.length > 0 ? weights.discipline : weights.competency;
  const primary = focusRotation(primaryAreas);
  const disciplines = focusRotation(primaryAreas === weights.system ? weights.discipline : []);
  const competencies = focusRotation(primaryAreas === weights.competency ? [] : weights.competency);
  const blockCost = format.minutesPerBlock + format.reviewMinutesPerBlock;
  const blocks = allocateBlocks(drafts.map((d) => d.wantedBlocks), Math.floor(Math.max(0, bankLeft) / format.questionsPerBlock));

  drafts.forEach((draft, index) => {
    const count = blocks[index] ?? 0;
    const left = draft.free - count * blockCost;
    const rounded = Math.min(draft.contentCap, Math.floor(left / 5) * 5);
    const content = rounded >= MIN_CONTENT_MINUTES ? rounded : 0;
    const areaBlockMinutes = draft.areaBlocks ? count * format.minutesPerBlock : 0;
    const [focus] = primary.take(areaBlockMinutes + content);
    const topics = content > 0 ? disciplines.take(content, 2) : [];
    const [competency] = content > 0 ? competencies.take(content) : [];
    const phase = draft.planned.phase;
    const tasks: DraftTask[] = [];
    if (count > 0) {
      const questions = count * format.questionsPerBlock;
      const areaFocus = draft.areaBlocks ? focus : undefined;
      tasks.push({
        kind: 'question-block', rank: RANK.block, priority: 2, questions, minutes: count * format.minutesPerBlock,
        title: blockTitle(areaFocus, count, questions, phase !== 'reset'),
        detail: blockDetail(format, phase === 'reset' ? 'reset' : draft.areaBlocks ? 'rebuild' : 'mixed'),
        ...(areaFocus ? { areaIds: [areaFocus.id] } : {}),
      }, {
        kind: 'review-incorrects', rank: RANK.incorrects, priority: 1, minutes: count * format.reviewMinutesPerBlock,
        title: "Review every incorrect answer from today's blocks",
        detail: 'For each miss, write why the right answer is right, then log it so it comes back as a retest.',
      });
    }
    if (content > 0) {
      const areaIds = [focus, ...topics, competency].flatMap((area) => (area ? [area.id] : []));
      tasks.push({
        kind: 'content-review', rank: RANK.content, priority: focus?.band === 'lower' ? 3 : phase === 'final' ? 4 : 5, minutes: content,
        title: contentReviewTitle(phase, focus, topics), detail: contentReviewDetail(phase, competency),
        ...(areaIds.length > 0 ? { areaIds } : {}),
      });
    }
    draft.tasks.push(...tasks);
    draft.free = left - content;
  });
}
