// The plan's phase words. Its dates and lengths are written as on every page (lib/domain/format/).
import type { Phase } from '../../lib/domain/planner';

export const PHASE_NAMES: Record<Phase, string> = {
  reset: 'Reset',
  rebuild: 'Rebuild',
  consolidate: 'Consolidate',
  final: 'Final stretch',
};

export const PHASE_HINTS: Record<Phase, string> = {
  reset: 'look back, get help, take a baseline',
  rebuild: 'weak areas first, questions and review',
  consolidate: 'mixed timed blocks, practice exams',
  final: 'last practice exams, light review, rest',
};
