// The plan's colour by area. Step 1 has eleven systems (and ten disciplines, four competencies): too many for as
// many hues, so each task is tinted by its system's family, five in all, and the legend lists the families the plan
// holds with the systems in each. A task's first area is its system (lib/domain/planner gives systems first); a task
// on no area (reviews of incorrects, reflection, people) has no tint. Pure, tested without a DOM.
import type { ContentArea } from '../../lib/domain/profiles';
import type { Task } from '../../lib/domain/types';

export type AreaFamily = 'heart' | 'brain' | 'gut' | 'blood' | 'whole';

/** The legend's order and words. */
export const AREA_FAMILY_NAMES: [AreaFamily, string][] = [
  ['heart', 'Heart, lungs and kidneys'],
  ['brain', 'Brain, behaviour and senses'],
  ['gut', 'Gut, hormones and reproduction'],
  ['blood', 'Blood, immunity, skin and bones'],
  ['whole', 'Development, whole body and population'],
];

// Step 1's systems (lib/domain/profiles/step1.ts), grouped as the organ systems sit together in study.
const STEP1_FAMILY: Readonly<Record<string, AreaFamily>> = {
  cardiovascular: 'heart',
  'respiratory-renal': 'heart',
  'behavioral-nervous': 'brain',
  gastrointestinal: 'gut',
  'reproductive-endocrine': 'gut',
  'blood-lymph-immune': 'blood',
  'msk-skin': 'blood',
  'human-development': 'whole',
  multisystem: 'whole',
  'biostats-epi': 'whole',
  'social-sciences': 'whole',
};

/** The family of a system area: Step 1's by name, another exam's systems in turn by their order in its profile. */
export function areaFamily(areaId: string, areas: readonly ContentArea[]): AreaFamily | undefined {
  const known = STEP1_FAMILY[areaId];
  if (known) return known;
  const systems = areas.filter((a) => a.category === 'system');
  const at = systems.findIndex((a) => a.id === areaId);
  return at < 0 ? undefined : AREA_FAMILY_NAMES[at % AREA_FAMILY_NAMES.length]![0];
}

/** The family a task's line is tinted by: that of its system, if it has one. */
export function taskFamily(task: Task, areas: readonly ContentArea[]): AreaFamily | undefined {
  for (const id of task.areaIds ?? []) {
    const family = areaFamily(id, areas);
    if (family) return family;
  }
  return undefined;
}

export interface FamilyInPlan {
  family: AreaFamily;
  name: string;
  /** The systems of the family that the tasks work on, in the profile's order. */
  areaNames: string[];
}

/** The families the tasks hold, in the legend's order, each with its systems there. */
export function familiesInPlan(tasks: readonly Task[], areas: readonly ContentArea[]): FamilyInPlan[] {
  const used = new Set(tasks.flatMap((t) => t.areaIds ?? []));
  return AREA_FAMILY_NAMES.flatMap(([family, name]) => {
    const areaNames = areas
      .filter((a) => a.category === 'system' && used.has(a.id) && areaFamily(a.id, areas) === family)
      .map((a) => a.name);
    return areaNames.length > 0 ? [{ family, name, areaNames }] : [];
  });
}
