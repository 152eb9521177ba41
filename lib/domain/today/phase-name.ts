// The plan's phase in the student's words, with what it is for (the phases are lib/domain/planner/phases.ts).
import type { DayKey } from '../day';
import { phaseOf } from '../planner/phases';
import type { Phase } from '../planner/plan-types';

const NAMES: Record<Phase, { name: string; aim: string }> = {
  reset: { name: 'Reset', aim: 'reflect on the first attempt and set up' },
  rebuild: { name: 'Rebuild', aim: 'weak areas first' },
  consolidate: { name: 'Consolidate', aim: 'mixed timed blocks and practice exams' },
  final: { name: 'Final stretch', aim: 'light review, logistics, rest' },
};

export const phaseName = (phase: Phase): { name: string; aim: string } => NAMES[phase];

export const phaseNameOn = (day: DayKey, startDate: DayKey, examDate: DayKey) =>
  phaseName(phaseOf(day, startDate, examDate));
