// Second pass: gives each day its share of the bank's question blocks, then fills what is left with content review,
// and decides which areas the day is about (see focus-rotation.ts).
import type { BlockFormat } from './block-format';
import type { DayDraft } from './draft-days';
import type { DraftTask } from './draft-task';
import { assignFocus } from './focus-rotation';
import { allocateBlocks } from './question-load';
import { blockDetail, blockTitle, contentReviewDetail, contentReviewTitle } from './task-copy';
import type { AreaWeights, WeightedArea } from './weights';

const MIN_CONTENT_MINUTES = 15;

interface DayLoad {
  blocks: number;
  content: number;
  /** Minutes of the day that are about its focus area: system-specific blocks and content review. */
  focusMinutes: number;
}

function dayLoads(drafts: readonly DayDraft[], bankLeft: number, format: BlockFormat): DayLoad[] {
  const blockCost = format.minutesPerBlock + format.reviewMinutesPerBlock;
  const blocks = allocateBlocks(
    drafts.map((d) => d.wantedBlocks),
    Math.floor(Math.max(0, bankLeft) / format.questionsPerBlock),
    // The dedicated stretch of the last weeks gets its full dose first (issue 11, rule 5).
    drafts.map((d) => d.planned.phase === 'consolidate' || d.planned.phase === 'final'),
  );
  return drafts.map((draft, index) => {
    const count = blocks[index] ?? 0;
    const rounded = Math.min(draft.contentCap, Math.floor((draft.free - count * blockCost) / 5) * 5);
    const content = rounded >= MIN_CONTENT_MINUTES ? rounded : 0;
    return { blocks: count, content, focusMinutes: (draft.areaBlocks ? count * format.minutesPerBlock : 0) + content };
  });
}

interface DayFocus {
  area: WeightedArea | undefined;
  topics: WeightedArea[];
  competency: WeightedArea | undefined;
  mixedLabel: string;
}

function dayTasks(
  draft: DayDraft,
  load: DayLoad,
  format: BlockFormat,
  { area: focus, topics, competency, mixedLabel }: DayFocus,
): DraftTask[] {
  const phase = draft.planned.phase;
  const tasks: DraftTask[] = [];
  if (load.blocks > 0) {
    const questions = load.blocks * format.questionsPerBlock;
    const areaFocus = draft.areaBlocks ? focus : undefined;
    tasks.push(
      {
        kind: 'question-block',
        priority: 2,
        questions,
        minutes: load.blocks * format.minutesPerBlock,
        title: blockTitle(areaFocus, load.blocks, questions, phase !== 'reset', mixedLabel),
        detail: blockDetail(format, phase === 'reset' ? 'reset' : draft.areaBlocks ? 'rebuild' : 'mixed'),
        ...(areaFocus ? { areaIds: [areaFocus.id] } : {}),
      },
      {
        kind: 'review-incorrects',
        priority: 1,
        minutes: load.blocks * format.reviewMinutesPerBlock,
        title: "Review every incorrect answer from today's blocks",
        detail: 'For each miss, write why the right answer is right, then log it so it comes back as a retest.',
      },
    );
  }
  if (load.content > 0) {
    const areaIds = [focus, ...topics, competency].flatMap((area) => (area ? [area.id] : []));
    tasks.push({
      kind: 'content-review',
      priority: focus?.band === 'lower' ? 3 : phase === 'final' ? 4 : 5,
      minutes: load.content,
      title: contentReviewTitle(phase, focus, topics),
      detail: contentReviewDetail(phase, competency),
      ...(areaIds.length > 0 ? { areaIds } : {}),
    });
  }
  return tasks;
}

/** The calendar index just after the first 30% of study days: weak areas come up before it (issue 11, rule 6). */
export const EARLY_SHARE = 0.3;
function earlyEnd(drafts: readonly DayDraft[]): number {
  const study = drafts.flatMap((draft, index) => (draft.planned.type === 'study' ? [index] : []));
  const count = Math.ceil(study.length * EARLY_SHARE);
  return count > 0 ? study[count - 1]! + 1 : 0;
}

export function fillDays(
  drafts: readonly DayDraft[],
  bankLeft: number,
  format: BlockFormat,
  weights: AreaWeights,
  systemDisciplines?: Readonly<Record<string, readonly string[]>>,
): void {
  const primaryAreas =
    weights.system.length > 0
      ? weights.system
      : weights.discipline.length > 0
        ? weights.discipline
        : weights.competency;
  const mixedLabel = weights.system.length > 0 ? 'Mixed systems' : 'Mixed topics';
  const loads = dayLoads(drafts, bankLeft, format);
  const contentMinutes = loads.map((load) => load.content);
  const earlyDays = earlyEnd(drafts);
  const focus = assignFocus(
    loads.map((load) => load.focusMinutes),
    primaryAreas,
    1,
    { earlyDays },
  );
  const fitsSystem = (day: number, discipline: WeightedArea) => {
    const system = focus[day]?.[0];
    const allowed = system && systemDisciplines?.[system.id];
    return !allowed || allowed.includes(discipline.id);
  };
  const topics = assignFocus(contentMinutes, primaryAreas === weights.system ? weights.discipline : [], 2, {
    earlyDays,
    allowed: fitsSystem,
  });
  const competencies = assignFocus(contentMinutes, primaryAreas === weights.competency ? [] : weights.competency, 1, {
    earlyDays,
  });
  drafts.forEach((draft, index) => {
    const load = loads[index]!;
    const dayFocus = {
      area: focus[index]?.[0],
      topics: topics[index] ?? [],
      competency: competencies[index]?.[0],
      mixedLabel,
    };
    draft.tasks.push(...dayTasks(draft, load, format, dayFocus));
    draft.free -= load.blocks * (format.minutesPerBlock + format.reviewMinutesPerBlock) + load.content;
  });
}
