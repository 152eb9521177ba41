// Every task kind and its facts, in one table: where it sits in a day, whether it comes back on a schedule, whether
// it is rest rather than work, whether the replanner keeps it on its date, the badge and colour group the plan shows,
// and the rule its title follows. A new kind is one row here; TASK_KINDS, the backup schema and every check below
// read it.

/** The plan's colour groups (components/plan/task-groups.ts names them in the legend). */
export type TaskGroup = 'questions' | 'review' | 'exam' | 'people' | 'rest';

export interface TaskKindFacts {
  /** Where it sits in its day, lowest first (a kind that also opens a day, like the first reflection, says so itself). */
  rank: number;
  /** Comes back on a schedule: a missed one is replaced by the next, not carried forward (lib/domain/replan). */
  recurring: boolean;
  /** Rest, not work: it has no checkbox of progress, ends no streak and counts for no study time. */
  restLike: boolean;
  /** Kept on its date by the replanner. */
  fixed: boolean;
  /** The plan page's badge, '' for none. */
  badge: string;
  /** The plan page's colour group. */
  group: TaskGroup;
  /** How its title is written (lib/domain/planner/task-copy.ts), so the rule has a name tests and docs can use. */
  title: 'names its areas' | 'names its form' | 'names its date' | 'names the person' | 'fixed wording';
}

export const TASK_KIND_FACTS = {
  reflection: {
    rank: 10,
    recurring: true,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'people',
    title: 'fixed wording',
  },
  guidance: {
    rank: 0,
    recurring: false,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'people',
    title: 'fixed wording',
  },
  'content-review': {
    rank: 6,
    recurring: false,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'review',
    title: 'names its areas',
  },
  'question-block': {
    rank: 4,
    recurring: false,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'questions',
    title: 'names its areas',
  },
  'review-incorrects': {
    rank: 5,
    recurring: false,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'questions',
    title: 'names its form',
  },
  'retest-misses': {
    rank: 3,
    recurring: true,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'questions',
    title: 'fixed wording',
  },
  'practice-exam': {
    rank: 1,
    recurring: false,
    restLike: false,
    fixed: true,
    badge: 'Practice exam',
    group: 'exam',
    title: 'names its form',
  },
  /** The first sitting of a practice form too long for any one day; the form's own task is the last sitting. */
  'practice-exam-part': {
    rank: 1,
    recurring: false,
    restLike: false,
    fixed: true,
    badge: 'Practice exam, part',
    group: 'exam',
    title: 'names its form',
  },
  /** "Decide: sit on <date> or reschedule", after a late practice form and before the reschedule deadline. */
  checkpoint: {
    rank: 2,
    recurring: false,
    restLike: false,
    fixed: true,
    badge: 'Decision',
    group: 'exam',
    title: 'names its date',
  },
  'weekly-review': {
    rank: 8,
    recurring: true,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'people',
    title: 'fixed wording',
  },
  support: {
    rank: 9,
    recurring: false,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'people',
    title: 'names the person',
  },
  logistics: {
    rank: 7,
    recurring: false,
    restLike: false,
    fixed: false,
    badge: '',
    group: 'people',
    title: 'fixed wording',
  },
  rest: { rank: 0, recurring: false, restLike: true, fixed: true, badge: '', group: 'rest', title: 'fixed wording' },
} as const satisfies Record<string, TaskKindFacts>;

export type TaskKind = keyof typeof TASK_KIND_FACTS;
// A non-empty tuple, as the backup schema's picklist needs one.
export const TASK_KINDS = Object.keys(TASK_KIND_FACTS) as [TaskKind, ...TaskKind[]];

export const taskKindFacts = (kind: TaskKind): TaskKindFacts => TASK_KIND_FACTS[kind];
/** Rest, not work (see TaskKindFacts.restLike). */
export const isRestLike = (kind: TaskKind): boolean => TASK_KIND_FACTS[kind].restLike;
export const isRecurring = (kind: TaskKind): boolean => TASK_KIND_FACTS[kind].recurring;
