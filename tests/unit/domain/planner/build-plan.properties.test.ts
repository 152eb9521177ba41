import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, weekdayIndex } from '../../../../lib/domain/day';
import { buildPlan, dayCapacity } from '../../../../lib/domain/planner';
import type { Plan } from '../../../../lib/domain/planner/plan-types';
import { TASK_KINDS, type Task } from '../../../../lib/domain/types';
import { step1SystemDisciplines } from '../../../../lib/domain/profiles/step1-pairings';
import { planInputArb } from './plan-input-arbitrary';

const RUNS = { numRuns: 200 };
/** Tasks by day, built once per plan: filtering per day would make each run quadratic. */
function tasksByDay(plan: Plan): Map<string, Task[]> {
  const byDay = new Map<string, Task[]>();
  for (const task of plan.tasks) byDay.set(task.day, [...(byDay.get(task.day) ?? []), task]);
  return byDay;
}

describe('buildPlan invariants (property-based)', () => {
  it('never plans more minutes on a day than its capacity minus its buffer', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        const plan = buildPlan(input);
        const byDay = tasksByDay(plan);
        const overfull = plan.days.filter((day) => {
          const planned = (byDay.get(day.day) ?? []).reduce((sum, task) => sum + task.minutes, 0);
          return (
            day.capacityMinutes !== dayCapacity(input, day.day) || planned > day.capacityMinutes - day.bufferMinutes
          );
        });
        expect(overfull).toEqual([]);
      }),
      RUNS,
    );
  });

  it('leaves days off and blocked dates with no tasks at all', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        const blocked = new Set(input.blockedDates);
        const misplaced = buildPlan(input).tasks.filter(
          (task) => blocked.has(task.day) || input.weekdayMinutes[weekdayIndex(task.day)] === 0,
        );
        expect(misplaced).toEqual([]);
      }),
      RUNS,
    );
  });

  it('plans no more questions than the bank holds', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        const questions = buildPlan(input).tasks.reduce((sum, task) => sum + (task.questions ?? 0), 0);
        expect(questions).toBeLessThanOrEqual(input.questionBankLeft);
      }),
      RUNS,
    );
  });

  it('uses each listed form at most once, 5 or more days apart (2 next to the Free 120), for its full sitting time (in parts on successive study days when split)', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        const plan = buildPlan(input);
        const exams = plan.tasks.filter((task) => task.kind === 'practice-exam');
        const formIds = exams.map((task) => task.formId!);
        expect(new Set(formIds).size).toBe(formIds.length);
        const studyDays = plan.days.filter((d) => d.type === 'study').map((d) => d.day);
        let previousEnd: { day: string; formId: string } | undefined;
        for (const exam of exams) {
          expect(input.practiceFormIds).toContain(exam.formId);
          const sittings = plan.tasks.filter(
            (t) => t.formId === exam.formId && (t.kind === 'practice-exam-part' || t.kind === 'practice-exam'),
          );
          expect(sittings.every((t) => t.fixed === true)).toBe(true);
          expect(sittings.at(-1)).toBe(exam);
          const sum = sittings.reduce((total, t) => total + t.minutes, 0);
          const form = input.profile.selfAssessments.find((f) => f.id === exam.formId)!;
          expect(sum).toBeGreaterThanOrEqual(form.sittingMinutes);
          expect(sum - form.sittingMinutes).toBeLessThan(sittings.length);
          const first = studyDays.indexOf(sittings[0]!.day);
          expect(sittings.map((t) => t.day)).toEqual(studyDays.slice(first, first + sittings.length));
          // The Free 120 (120 questions, not a full form) may come two days from another form, a review day between
          // (issue 11, rule 4); on a week with no day for it 2-5 days out it may come before the last form.
          if (previousEnd)
            expect(daysBetween(previousEnd.day, sittings[0]!.day)).toBeGreaterThanOrEqual(
              exam.formId === 'free-120' || previousEnd.formId === 'free-120' ? 2 : 5,
            );
          previousEnd = { day: exam.day, formId: exam.formId! };
        }
      }),
      RUNS,
    );
  });

  it('plans nothing before the start, nor on or after the exam day', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        const plan = buildPlan(input);
        const outside = [...plan.tasks, ...plan.days].filter(
          (item) => item.day < input.startDate || item.day >= input.examDate,
        );
        expect(outside).toEqual([]);
        expect(plan.days).toHaveLength(daysBetween(input.startDate, input.examDate));
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        expect(buildPlan(structuredClone(input))).toEqual(buildPlan(input));
      }),
      RUNS,
    );
  });

  it('gives every task a unique id, a known kind, its position in the day and a priority of 1 to 5', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        const plan = buildPlan(input);
        expect(new Set(plan.tasks.map((task) => task.id)).size).toBe(plan.tasks.length);
        const badOrder = [...tasksByDay(plan).values()].filter((tasks) => tasks.some((task, i) => task.order !== i));
        expect(badOrder).toEqual([]);
        const malformed = plan.tasks.filter(
          (task) =>
            !TASK_KINDS.includes(task.kind) ||
            task.status !== 'todo' ||
            task.priority < 1 ||
            task.priority > 5 ||
            !Number.isInteger(task.priority) ||
            task.title.trim() === '' ||
            !(task.minutes >= 0),
        );
        expect(malformed).toEqual([]);
      }),
      RUNS,
    );
  });

  const areaMinutes = (plan: Plan, areaId: string): number =>
    plan.tasks
      .filter(
        (task) => (task.kind === 'content-review' || task.kind === 'question-block') && task.areaIds?.includes(areaId),
      )
      .reduce((sum, task) => sum + task.minutes, 0);

  it('never gives an area marked lower less review and question time than the same plan with it marked higher', () => {
    fc.assert(
      fc.property(planInputArb({ step1Only: true }), fc.nat(), (input, pick) => {
        const area = input.profile.areas[pick % input.profile.areas.length]!;
        const lower = areaMinutes(buildPlan({ ...input, bands: { ...input.bands, [area.id]: 'lower' } }), area.id);
        const higher = areaMinutes(buildPlan({ ...input, bands: { ...input.bands, [area.id]: 'higher' } }), area.id);
        expect(lower).toBeGreaterThanOrEqual(higher);
      }),
      RUNS,
    );
  });

  // On a runway of a few days an area can get the same time either way (nothing, or every review day); with a
  // usual full-time week (no parallel track, few blocked dates) and 8 weeks or more the band must make a difference.
  it('gives an area marked lower strictly more time than marked higher on a runway of 8 weeks or more', () => {
    const usual = planInputArb({ step1Only: true, minRunway: 56, week: [360, 360, 360, 360, 360, 240, 0] }).map(
      (input) => ({
        ...input,
        parallelTrack: { kind: 'none' as const, hoursPerWeek: 0 },
        blockedDates: input.blockedDates.slice(0, 5),
      }),
    );
    // A discipline that fits only a few systems (Behavioral Sciences: the behavioural, biostatistics and social
    // systems) can already have every day it may appear on (step1-pairings.ts), so it is left out here.
    const fitsFewSystems = (id: string) =>
      Object.values(step1SystemDisciplines).filter((ids) => ids.includes(id)).length < 6;
    fc.assert(
      fc.property(usual, fc.nat(), (input, pick) => {
        const area = input.profile.areas[pick % input.profile.areas.length]!;
        fc.pre(!(area.category === 'discipline' && fitsFewSystems(area.id)));
        const lower = areaMinutes(buildPlan({ ...input, bands: { ...input.bands, [area.id]: 'lower' } }), area.id);
        const higher = areaMinutes(buildPlan({ ...input, bands: { ...input.bands, [area.id]: 'higher' } }), area.id);
        expect(lower).toBeGreaterThan(higher);
      }),
      RUNS,
    );
  });
});
