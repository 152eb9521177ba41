// One schema per stored record (lib/domain/types.ts). Objects are strict: a field this version does not know is
// refused by name rather than dropped, so nothing in a file is silently lost. tests/unit/domain/backup/
// schema-types.test.ts fails to compile when a record type gains a field these schemas do not know.
import * as v from 'valibot';
import { TEXT_LIMITS } from '../limits';
import { areaCountProblem } from '../performance/area-shares';
import {
  ATTEMPT_OUTCOMES,
  FOCUS_KINDS,
  MISS_REASONS,
  QUESTION_MODES,
  SET_ASIDE_STORES,
  TASK_KINDS,
  TASK_STATUSES,
} from '../types';
import { OBJECT, day, decimal, epochMs, flag, id, isoTimeOrEmpty, list, oneOf, text, whole } from './backup-fields';

/** A day has 1440 minutes; nothing the app plans or logs is longer. */
const DAY_MINUTES = 1440;
const AREA_IDS = list(text(TEXT_LIMITS.areaId), 100);

export const taskSchema = v.strictObject(
  {
    id: id(),
    day: day(),
    kind: oneOf(TASK_KINDS),
    title: text(TEXT_LIMITS.taskTitle),
    minutes: whole(0, DAY_MINUTES),
    status: oneOf(TASK_STATUSES),
    questions: v.optional(whole(0, 2000)),
    areaIds: v.optional(AREA_IDS),
    order: whole(0, 10_000),
    priority: whole(1, 5),
    fixed: v.optional(flag()),
    formId: v.optional(text(TEXT_LIMITS.formId)),
    detail: v.optional(text(TEXT_LIMITS.taskDetail)),
    completedAt: v.optional(isoTimeOrEmpty()),
    movedFrom: v.optional(day()),
    focusMinutes: v.optional(whole(0, 100_000)),
    performanceMinutes: v.optional(whole(0, DAY_MINUTES)),
    missIds: v.optional(list(id(), 2000)),
    retestRound: v.optional(whole(0, 10)),
  },
  OBJECT,
);

export const attemptSchema = v.strictObject(
  { id: id(), examId: text(TEXT_LIMITS.examId), date: day(), outcome: oneOf(ATTEMPT_OUTCOMES) },
  OBJECT,
);

export const questionLogSchema = v.pipe(
  v.strictObject(
    {
      id: id(),
      day: day(),
      taskId: v.optional(id()),
      questions: whole(0, 2000),
      correct: whole(0, 2000),
      mode: oneOf(QUESTION_MODES),
      areaIds: AREA_IDS,
      areaCounts: v.optional(
        list(
          v.strictObject(
            { areaId: text(TEXT_LIMITS.areaId), questions: whole(0, 2000), correct: whole(0, 2000) },
            OBJECT,
          ),
          100,
        ),
      ),
      minutes: whole(0, DAY_MINUTES),
      createdAt: isoTimeOrEmpty(),
    },
    OBJECT,
  ),
  v.forward(
    v.check((log) => log.correct <= log.questions, 'must not be more than questions'),
    ['correct'],
  ),
  v.forward(
    v.check(
      (log) => log.areaCounts === undefined || areaCountProblem(log) === null,
      'must add up to the block, area by area',
    ),
    ['areaCounts'],
  ),
);

export const assessmentSchema = v.strictObject(
  {
    id: id(),
    day: day(),
    formId: text(TEXT_LIMITS.formId),
    percentCorrect: decimal(0, 100),
    passProbability: v.optional(decimal(0, 100)),
    createdAt: isoTimeOrEmpty(),
  },
  OBJECT,
);

export const focusSessionSchema = v.strictObject(
  {
    id: id(),
    kind: oneOf(FOCUS_KINDS),
    taskId: v.optional(id()),
    day: day(),
    startedAt: epochMs(),
    plannedMinutes: whole(0, DAY_MINUTES),
    pausedAt: v.optional(epochMs()),
    pausedMs: epochMs(),
    endedAt: v.optional(epochMs()),
    endReason: v.optional(oneOf(['completed', 'stopped'])),
    pauseReason: v.optional(oneOf(['user', 'idle'])),
  },
  OBJECT,
);

export const journalEntrySchema = v.strictObject(
  {
    id: id(),
    day: day(),
    wentWell: text(TEXT_LIMITS.journal),
    hard: text(TEXT_LIMITS.journal),
    mood: whole(1, 5),
    createdAt: isoTimeOrEmpty(),
  },
  OBJECT,
);

export const missSchema = v.strictObject(
  {
    id: id(),
    questionId: text(TEXT_LIMITS.questionId),
    reason: oneOf(MISS_REASONS),
    areaId: v.optional(text(TEXT_LIMITS.areaId)),
    loggedOn: day(),
    due: v.optional(day()),
    retests: whole(0, 10),
  },
  OBJECT,
);

/** A record set aside (lib/domain/types.ts SetAsideRecord). Its `record` is whatever was stored, kept as it was: the
 * file's size limit bounds it, and no page shows its content, only how many there are. */
export const setAsideRecordSchema = v.strictObject(
  {
    id: id(),
    store: oneOf(SET_ASIDE_STORES),
    key: text(TEXT_LIMITS.id),
    setAsideAt: isoTimeOrEmpty(),
    reason: text(TEXT_LIMITS.setAsideReason),
    foundBy: oneOf(['upgrade', 'read']),
    schemaVersion: whole(1, 1000),
    record: v.unknown(),
  },
  OBJECT,
);
