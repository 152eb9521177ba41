// Old stored content-review tasks keep the title they were made with: plans made before the system-discipline
// pairings (lib/domain/profiles/step1-pairings.ts) read "Review Social Sciences: Communication and Interpersonal
// Skills through pathology and genetics". Such a task is read back with the pairings applied: the disciplines that do
// not fit its system are dropped from its title and its areas, and the title is written as the planner writes it now
// (task-copy.ts). Done on read (lib/domain/backup/readable-records.ts), so no migration: the record is rewritten only
// when the plan is next remade, and a task whose pairings fit is returned as it was, the same object.
import { step1Profile } from '../profiles/step1';
import type { Task } from '../types';
import { contentReviewTitle } from './task-copy';
import type { WeightedArea } from './weights';

const AREAS = new Map(step1Profile.areas.map((area) => [area.id, area] as const));
const PAIRINGS = step1Profile.systemDisciplines ?? {};

const weighted = (id: string): WeightedArea => {
  const area = AREAS.get(id)!;
  return { id, name: area.name, band: 'unknown', share: 0 };
};

export function withSensibleTitle(task: Task): Task {
  if (task.kind !== 'content-review' || !task.areaIds || task.areaIds.length < 2) return task;
  const [focusId, ...rest] = task.areaIds;
  const allowed = PAIRINGS[focusId!];
  if (!allowed) return task;
  const isDiscipline = (id: string) => AREAS.get(id)?.category === 'discipline';
  const misfits = rest.filter((id) => isDiscipline(id) && !allowed.includes(id));
  if (misfits.length === 0) return task;
  const kept = rest.filter((id) => !misfits.includes(id));
  const phase = task.title.startsWith('Close the gaps') ? 'consolidate' : 'rebuild';
  // Only titles the planner wrote are rewritten; a title in any other words is left as it is.
  const wasPlanned = task.title.startsWith('Close the gaps in ') || task.title.startsWith('Review ');
  return {
    ...task,
    areaIds: [focusId!, ...kept],
    ...(wasPlanned
      ? { title: contentReviewTitle(phase, weighted(focusId!), kept.filter(isDiscipline).map(weighted)) }
      : {}),
  };
}
