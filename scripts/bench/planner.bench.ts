// How long buildPlan takes for runways of 30 to 365 days (target: under 5 ms for a year). Each figure is the median
// and 90th percentile of many runs after a warm-up, next to a baseline measured in the same process: walking the
// same runway with dayRange() and asking dayCapacity() for each day, the least any planner must do.
import { addDays, dayRange } from '../../lib/domain/day';
import { buildPlan, dayCapacity } from '../../lib/domain/planner';
import type { PlanInput } from '../../lib/domain/planner/plan-types';
import { step1Profile } from '../../lib/domain/profiles/step1';

const RUNWAYS = [30, 90, 180, 365];
const WARM_UP = 50;
const RUNS = 400;

function inputFor(runway: number): PlanInput {
  const startDate = '2026-11-25';
  return {
    profile: step1Profile,
    startDate,
    examDate: addDays(startDate, runway),
    weekdayMinutes: [360, 360, 360, 360, 360, 240, 0],
    blockedDates: [addDays(startDate, 30), addDays(startDate, 100)],
    bands: { cardiovascular: 'lower', pathology: 'lower', pharmacology: 'lower', 'respiratory-renal': 'higher' },
    questionBankLeft: 3600,
    practiceFormIds: ['nbme-28', 'nbme-29', 'nbme-30', 'nbme-31', 'uwsa1', 'uwsa2', 'free-120'],
    parallelTrack: { kind: 'none', hoursPerWeek: 0 },
    supporters: [
      { name: 'Dr. Rivera', role: 'advisor' },
      { name: 'Sam', role: 'study-partner' },
    ],
    idPrefix: 'bench',
  };
}

function timings(work: () => unknown): { median: number; p90: number } {
  for (let i = 0; i < WARM_UP; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, p90: samples[Math.floor(RUNS * 0.9)]! };
}

// Warm every runway up before measuring any, so the first runway does not pay for the JIT alone.
for (const runway of RUNWAYS) for (let i = 0; i < WARM_UP; i++) buildPlan(inputFor(runway));

const rows = RUNWAYS.map((runway) => {
  const input = inputFor(runway);
  const baseline = timings(() =>
    dayRange(input.startDate, addDays(input.examDate, -1)).map((day) => dayCapacity(input, day)),
  );
  const plan = timings(() => buildPlan(input));
  const tasks = buildPlan(input).tasks.length;
  return { runway, tasks, plan, baseline };
});

const ms = (value: number): string => value.toFixed(3).padStart(8);
console.log(
  `buildPlan, Step 1 profile, 7 forms, 3600-question bank: ${RUNS} timed runs per row after warm-up (Node ${process.version})`,
);
console.log('baseline = dayRange over the runway + dayCapacity for each day\n');
console.log('runway  tasks  plan median  plan p90  base median  base p90  plan/base (median)');
for (const { runway, tasks, plan, baseline } of rows) {
  console.log(
    `${String(runway).padStart(4)} d  ${String(tasks).padStart(5)}  ${ms(plan.median)} ms ${ms(plan.p90)} ms ${ms(baseline.median)} ms ${ms(baseline.p90)} ms ` +
      `${(plan.median / baseline.median).toFixed(1).padStart(8)}x`,
  );
}
const year = rows.at(-1)!;
console.log(
  `\n365-day plan: median ${year.plan.median.toFixed(2)} ms (target < 5 ms): ${year.plan.median < 5 ? 'OK' : 'SLOWER THAN TARGET'}`,
);
