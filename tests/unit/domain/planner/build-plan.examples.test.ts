import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayIndex } from '../../../../lib/domain/day';
import { buildPlan } from '../../../../lib/domain/planner';
import { PHASES, type Plan } from '../../../../lib/domain/planner/plan-types';
import { plab1Profile, step2ckProfile } from '../../../../lib/domain/profiles/others';
import { step1Input } from './plan-input-fixture';

const exams = (plan: Plan) => plan.tasks.filter((task) => task.kind === 'practice-exam');
const daysOut = (examDate: string, day: string) => daysBetween(day, examDate);
const questionsOn = (plan: Plan, day: string) =>
  plan.tasks.filter((t) => t.day === day).reduce((sum, t) => sum + (t.questions ?? 0), 0);

describe('buildPlan on awkward inputs', () => {
  it('plans an exam 7 days away with the Free 120, logistics and a rest day, but no 5-hour NBME crammed in', () => {
    const plan = buildPlan(step1Input({ examDate: '2026-12-02' }));
    expect(plan.days).toHaveLength(7);
    expect(exams(plan).map((t) => t.formId)).toEqual(['free-120']);
    expect(plan.tasks.filter((t) => t.kind === 'logistics').length).toBeGreaterThan(0);
    expect(plan.tasks.find((t) => t.day === '2026-12-01')).toMatchObject({
      kind: 'rest',
      fixed: true,
      title: 'Rest: no new questions today',
    });
    expect(plan.warnings.map((w) => w.code)).toContain('practice-exams-dropped');
    expect(plan.warnings.map((w) => w.code)).not.toContain('exam-too-close');
  });

  it('plans a year-long runway through all four phases in order, with a short reset', () => {
    const plan = buildPlan(step1Input({ examDate: addDays('2026-11-25', 365) }));
    const phases = plan.days.map((d) => d.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual([...PHASES]);
    expect(plan.days.filter((d) => d.phase === 'reset').length).toBeLessThanOrEqual(7);
    expect(exams(plan)).toHaveLength(5);
  });

  it('puts everything on the one study day of the week when that is all there is', () => {
    const input = step1Input({ weekdayMinutes: [0, 0, 0, 0, 0, 480, 0], examDate: '2027-02-24' });
    const plan = buildPlan(input);
    expect(new Set(plan.tasks.filter((t) => t.kind !== 'rest').map((t) => weekdayIndex(t.day)))).toEqual(new Set([5]));
    const studyDays = plan.days.filter((d) => d.type === 'study').length;
    expect(exams(plan).length).toBeLessThanOrEqual(Math.floor(studyDays / 4));
  });

  it('plans no practice exams and says so when no forms are listed', () => {
    const plan = buildPlan(step1Input({ practiceFormIds: [] }));
    expect(exams(plan)).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toContain('no-practice-exams');
  });

  it('plans content review instead of question blocks when the bank is empty, and says why', () => {
    const plan = buildPlan(step1Input({ questionBankLeft: 0 }));
    expect(plan.tasks.filter((t) => t.kind === 'question-block' || t.questions)).toEqual([]);
    expect(plan.tasks.filter((t) => t.kind === 'content-review').length).toBeGreaterThan(20);
    expect(plan.warnings.find((w) => w.code === 'bank-too-small')?.message).toMatch(/no questions left/);
  });

  it('shares a small bank over the whole runway instead of spending it in the first week', () => {
    const plan = buildPlan(step1Input({ questionBankLeft: 400 }));
    const blockDays = plan.tasks.filter((t) => t.kind === 'question-block').map((t) => t.day);
    expect(plan.tasks.reduce((sum, t) => sum + (t.questions ?? 0), 0)).toBe(400);
    expect(daysBetween(blockDays[0]!, blockDays.at(-1)!)).toBeGreaterThan(30);
  });

  it('returns an empty plan with a plain warning when the exam is not after the start, or a date is missing', () => {
    for (const examDate of ['2026-11-25', '2026-11-20', '']) {
      const plan = buildPlan(step1Input({ examDate }));
      expect(plan.days).toEqual([]);
      expect(plan.tasks).toEqual([]);
      expect(plan.warnings).toContainEqual({
        code: 'exam-too-close',
        message: 'The exam date needs to be after the plan starts. Please check the date.',
      });
    }
  });

  it('adds no rest task when the day before the exam is already a day off', () => {
    // 2027-02-01 is a Monday; the Sunday before it has 0 minutes.
    const plan = buildPlan(step1Input({ examDate: '2027-02-01' }));
    expect(plan.days.at(-1)).toMatchObject({ day: '2027-01-31', type: 'off' });
    expect(plan.tasks.filter((t) => t.kind === 'rest' || t.day === '2027-01-31')).toEqual([]);
  });

  it('warns when the week, after a parallel track, has fewer hours than a retake plan needs', () => {
    const plan = buildPlan(step1Input({ parallelTrack: { kind: 'step2ck', hoursPerWeek: 28 } }));
    expect(plan.warnings.find((w) => w.code === 'too-few-hours')?.message).toMatch(
      /your week has 6 hours \(34 hours before the 28 hours of your parallel track\)/,
    );
  });

  it('ends the plan the day before an exam date that is also a blocked date', () => {
    const plan = buildPlan(step1Input({ blockedDates: ['2027-01-27', '2026-12-25'] }));
    expect(plan.days.at(-1)?.day).toBe('2027-01-26');
    expect(plan.tasks.filter((t) => t.day >= '2027-01-27' || t.day === '2026-12-25')).toEqual([]);
  });

  // Issue 11, rule 4: the Free 120 2-5 days out (here 3-5, so its review fits before the rest day), on the longest day.
  it('sets the Free 120 3-5 days out and the last other form 7-10 days out', () => {
    const input = step1Input();
    const plan = buildPlan(input);
    const free120 = exams(plan).find((t) => t.formId === 'free-120')!;
    const lastOther = exams(plan)
      .filter((t) => t.formId !== 'free-120')
      .at(-1)!;
    expect(daysOut(input.examDate, free120.day)).toBeGreaterThanOrEqual(3);
    expect(daysOut(input.examDate, free120.day)).toBeLessThanOrEqual(5);
    expect(daysOut(input.examDate, lastOther.day)).toBeGreaterThanOrEqual(7);
    expect(daysOut(input.examDate, lastOther.day)).toBeLessThanOrEqual(10);
  });

  it('takes the forms in the order the student listed them, the first as a baseline in the reset phase', () => {
    const plan = buildPlan(step1Input());
    expect(exams(plan).map((t) => t.formId)).toEqual(['nbme-28', 'nbme-29', 'nbme-30', 'uwsa2', 'free-120']);
    const baseline = exams(plan)[0]!;
    expect(baseline.title).toBe('NBME Form 28 as your baseline, under exam conditions');
    expect(plan.days.find((d) => d.day === baseline.day)?.phase).toBe('reset');
  });

  it('spreads ten forms over a year: checkpoints through rebuild, then sittings 7-10 days apart at the end', () => {
    const forms = [
      'nbme-26',
      'nbme-27',
      'nbme-28',
      'nbme-29',
      'nbme-30',
      'nbme-31',
      'uwsa1',
      'uwsa2',
      'uwsa3',
      'free-120',
    ];
    const plan = buildPlan(step1Input({ examDate: addDays('2026-11-25', 365), practiceFormIds: forms }));
    const days = exams(plan).map((t) => t.day);
    expect(exams(plan).map((t) => t.formId)).toEqual(forms);
    const gaps = days.slice(1).map((day, i) => daysBetween(days[i]!, day));
    expect(gaps.slice(0, 5).every((gap) => gap > 40)).toBe(true);
    expect(gaps.slice(5, 8).every((gap) => gap >= 7 && gap <= 11)).toBe(true);
    expect(plan.warnings.map((w) => w.code)).not.toContain('practice-exams-dropped');
  });

  it('reviews a practice exam the next study day instead of doing new blocks', () => {
    const plan = buildPlan(step1Input());
    const sitting = exams(plan).find((t) => t.formId === 'nbme-29')!;
    const nextStudyDay = plan.days.find((d) => d.day > sitting.day && d.type === 'study')!;
    const next = plan.tasks.filter((t) => t.day === nextStudyDay.day);
    expect(next[0]).toMatchObject({
      kind: 'review-incorrects',
      title: 'Review NBME Form 29: every incorrect and flagged question',
    });
    expect(next.filter((t) => t.kind === 'question-block')).toEqual([]);
    expect(plan.tasks.filter((t) => t.day === sitting.day).map((t) => t.kind)).toEqual(['practice-exam', 'reflection']);
  });
});

describe('buildPlan content', () => {
  it('starts with looking back: the first attempt, the score report and a meeting with the named advisor', () => {
    const plan = buildPlan(step1Input());
    expect(plan.tasks.filter((t) => t.day === '2026-11-25').map((t) => t.title)).toEqual(
      expect.arrayContaining([
        'Write down what went wrong on your first attempt',
        'Check the bands you entered against your score report',
        'Book a meeting with Dr. Rivera (advisor) about your retake plan',
      ]),
    );
  });

  it('rotates the weekly check-in through the supporters by name', () => {
    const checkIns = buildPlan(step1Input()).tasks.filter(
      (t) => t.kind === 'support' && t.title.startsWith('Check in'),
    );
    expect(checkIns.slice(0, 3).map((t) => t.title)).toEqual([
      "Check in with Dr. Rivera (advisor): share this week's numbers",
      "Check in with Sam (study partner): share this week's numbers",
      "Check in with Dr. Rivera (advisor): share this week's numbers",
    ]);
    expect(buildPlan(step1Input()).tasks.filter((t) => t.kind === 'weekly-review').length).toBe(checkIns.length);
  });

  it('names the weak system and disciplines in rebuild review titles, and gives the weak system the most days', () => {
    const plan = buildPlan(step1Input());
    const rebuild = new Set(plan.days.filter((d) => d.phase === 'rebuild').map((d) => d.day));
    const reviews = plan.tasks.filter((t) => t.kind === 'content-review' && rebuild.has(t.day));
    expect(reviews.some((t) => /^Review Cardiovascular System through .*(pathology|pharmacology)/.test(t.title))).toBe(
      true,
    );
    const days = (areaId: string) => reviews.filter((t) => t.areaIds?.[0] === areaId).length;
    expect(days('cardiovascular')).toBeGreaterThan(days('respiratory-renal'));
  });

  it('ramps the questions up through rebuild and tapers them in the last days', () => {
    const input = step1Input({ examDate: '2027-03-24', questionBankLeft: 5000 });
    const plan = buildPlan(input);
    const average = (days: string[]) =>
      days.reduce((sum, d) => sum + questionsOn(plan, d), 0) / Math.max(1, days.length);
    const blockDays = (phase: string) =>
      plan.days
        .filter((d) => d.phase === phase && d.type === 'study' && questionsOn(plan, d.day) > 0)
        .map((d) => d.day);
    // Every rebuild study day, not only those with blocks: a short bank is paced along the days (rule 5), so the
    // ramp shows in how many days have blocks as much as in how many each has.
    const rebuild = plan.days.filter((d) => d.phase === 'rebuild' && d.type === 'study').map((d) => d.day);
    const half = Math.floor(rebuild.length / 2);
    expect(average(rebuild.slice(half))).toBeGreaterThan(average(rebuild.slice(0, half)));
    expect(average(blockDays('consolidate'))).toBeGreaterThan(average(blockDays('reset')));
    const lastThree = plan.days
      .filter((d) => daysOut(input.examDate, d.day) <= 4 && d.type === 'study')
      .map((d) => d.day);
    expect(average(lastThree)).toBeLessThan(average(blockDays('consolidate')));
  });

  it('keeps about 15% free every third ordinary study day', () => {
    const plan = buildPlan(step1Input({ practiceFormIds: [] }));
    const study = plan.days.filter((d) => d.type === 'study');
    expect(study.slice(0, 6).map((d) => d.bufferMinutes)).toEqual([0, 0, 54, 0, 0, 54]);
  });

  it('takes a parallel track out of every study day in proportion', () => {
    const plan = buildPlan(step1Input({ parallelTrack: { kind: 'clinical', hoursPerWeek: 15 } }));
    // 2040 minutes a week less 900 of clinical work leaves 1140/2040 of each day.
    expect(plan.days.find((d) => d.day === '2026-11-30')?.capacityMinutes).toBe(Math.floor(360 * (1140 / 2040)));
    expect(plan.days.find((d) => d.day === '2026-11-28')?.capacityMinutes).toBe(Math.floor(240 * (1140 / 2040)));
  });

  it('writes the timing plan for the real format: 14 blocks of 30 minutes', () => {
    const titles = buildPlan(step1Input())
      .tasks.filter((t) => t.kind === 'logistics')
      .map((t) => t.title);
    expect(titles).toContain('Write your timing plan for 14 blocks of 30 minutes and your breaks');
  });
});

describe('buildPlan with partial exam profiles', () => {
  it('plans mixed 20-question blocks for PLAB 1, which has no areas and no format', () => {
    const plan = buildPlan(step1Input({ profile: plab1Profile, bands: {}, practiceFormIds: [] }));
    const blocks = plan.tasks.filter((t) => t.kind === 'question-block');
    expect(blocks.length).toBeGreaterThan(10);
    expect(
      blocks.every((t) => t.title.startsWith('Mixed topics: ') && (t.questions ?? 0) % 20 === 0 && !t.areaIds),
    ).toBe(true);
    expect(plan.tasks.find((t) => t.kind === 'logistics' && t.title.startsWith('Write your timing plan'))?.title).toBe(
      'Write your timing plan for the exam day and your breaks',
    );
    expect(plan.tasks.find((t) => t.kind === 'weekly-review')?.title).toBe(
      'Weekly review: questions done, accuracy by topic, misses logged',
    );
    expect(plan.tasks.filter((t) => t.detail?.includes('real exam format'))).toEqual([]);
  });

  it('focuses Step 2 CK days on its disciplines, since it lists no systems', () => {
    const plan = buildPlan(
      step1Input({ profile: step2ckProfile, bands: { surgery: 'lower' }, practiceFormIds: ['free-120'] }),
    );
    const focus = plan.tasks.filter((t) => t.kind === 'question-block' && t.areaIds).map((t) => t.areaIds![0]);
    expect(new Set(focus)).toContain('surgery');
    expect(plan.warnings.map((w) => w.code)).toContain('practice-exams-dropped');
  });
});

describe('buildPlan for a plan remade mid-way (settings changed in week 4)', () => {
  const original = buildPlan(step1Input());
  const remadeOn = '2026-12-16';
  const remade = buildPlan(
    step1Input({
      startDate: remadeOn,
      phaseStartDate: '2026-11-25',
      practiceFormIds: ['nbme-30', 'uwsa2', 'free-120'],
    }),
  );
  const phaseOn = (plan: Plan, day: string) => plan.days.find((d) => d.day === day)?.phase;

  it('keeps every remaining day in the phase the original plan gave it, instead of starting over at reset', () => {
    expect(remade.days[0]?.day).toBe(remadeOn);
    for (const day of remade.days) expect(day.phase, day.day).toBe(phaseOn(original, day.day));
    expect(remade.days.some((d) => d.phase === 'reset')).toBe(false);
    // Without the phase start the same input starts over: this is what a settings change used to do.
    const restarted = buildPlan(step1Input({ startDate: remadeOn, practiceFormIds: ['nbme-30', 'uwsa2', 'free-120'] }));
    expect(restarted.days[0]?.phase).toBe('reset');
  });

  it('asks as many questions on a rebuild day as the original plan did that far in, and plans no new baseline', () => {
    const day = remade.days.find(
      (d) =>
        d.type === 'study' && d.phase === 'rebuild' && original.days.find((o) => o.day === d.day)?.type === 'study',
    )!.day;
    expect(questionsOn(remade, day)).toBeGreaterThanOrEqual(questionsOn(original, day) - 20);
    expect(remade.tasks.some((t) => /baseline/i.test(t.title))).toBe(false);
    expect(
      exams(remade)
        .map((t) => t.formId)
        .sort(),
    ).toEqual(['free-120', 'nbme-30', 'uwsa2']);
  });
});

describe('the sit-or-reschedule checkpoint (issue 11, rule 7)', () => {
  it('comes two study days after the last form, names the exam date and the conservative go-ahead level', () => {
    const plan = buildPlan(step1Input());
    // The last one: the first is the free checkpoint before the rescheduling cut-off (issue 18, below).
    const checkpoint = plan.tasks.filter((t) => t.kind === 'checkpoint').at(-1);
    expect(checkpoint).toMatchObject({
      title: 'Decide: sit on Wed 27 Jan 2027 or reschedule',
      fixed: true,
      priority: 1,
    });
    expect(checkpoint?.detail).toMatch(/probability of passing of 90% or more/);
    const lastForm = plan.tasks.filter((t) => t.kind === 'practice-exam' && t.formId !== 'free-120').at(-1)!;
    expect(checkpoint!.day > lastForm.day).toBe(true);
  });

  it('also comes before the free-rescheduling cut-off when a form was sat by then, and says what a move costs (issue 18)', () => {
    // Exam 27 January 2027: changes are free until 12 December 2026, 46 days before (FREE_RESCHEDULE).
    const plan = buildPlan(
      step1Input({
        laterDate: {
          rescheduleFeeUSD: null,
          eligibilityEnd: '2027-02-28',
          schoolDeadline: '2027-03-31',
          resultWeeks: 6,
        },
      }),
    );
    const [free, late] = plan.tasks.filter((t) => t.kind === 'checkpoint');
    expect(free!.day <= '2026-12-12').toBe(true);
    expect(plan.tasks.some((t) => t.kind === 'practice-exam' && t.day < free!.day)).toBe(true);
    expect(free!.title).toBe('Decide: sit on Wed 27 Jan 2027 or reschedule');
    expect(free!.detail).toMatch(/Moving your test date is free until Sat 12 Dec 2026, 46 days before it/);
    expect(free!.detail).toMatch(/eligibility period, which ends Sun 28 Feb 2027/);
    expect(free!.detail).toMatch(/on or before Wed 17 Feb 2027/);
    expect(free!.detail).toMatch(/not yet confirmed/);
    // The late one, after the cut-off, says the change now costs Prometric's fee and asks for its amount.
    expect(late!.day > '2026-12-12').toBe(true);
    expect(late!.detail).toMatch(/The free change ended on Sat 12 Dec 2026/);
    expect(late!.detail).toMatch(/enter what Prometric quotes under Retake budget/);
  });

  it('names the change fee the student entered on a checkpoint after the cut-off', () => {
    const plan = buildPlan(
      step1Input({ laterDate: { rescheduleFeeUSD: 95, eligibilityEnd: '', schoolDeadline: '', resultWeeks: 6 } }),
    );
    expect(plan.tasks.filter((t) => t.kind === 'checkpoint').at(-1)!.detail).toMatch(/\$95 as you entered it/);
  });

  it('has no checkpoint before the cut-off when the runway starts after it (a 42-day plan)', () => {
    const plan = buildPlan(step1Input({ startDate: '2026-12-16' }));
    const checkpoints = plan.tasks.filter((t) => t.kind === 'checkpoint');
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0]!.detail).toMatch(/The free change ended on Sat 12 Dec 2026/);
  });

  it('moves before a reschedule deadline that comes first, and names it', () => {
    const plan = buildPlan(step1Input({ rescheduleDeadline: '2027-01-10' }));
    const checkpoint = plan.tasks.find((t) => t.kind === 'checkpoint')!;
    expect(checkpoint.day <= '2027-01-10').toBe(true);
    expect(checkpoint.detail).toMatch(/before Sun 10 Jan 2027, your reschedule deadline/);
  });
});
