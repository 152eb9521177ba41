import { describe, expect, it } from 'vitest';
import { SITUATIONS, situationOf, type Situation, type SituationFacts } from '../../../../lib/domain/encouragement';

const base: SituationFacts = {
  today: '2026-11-25',
  startDate: '2026-11-10',
  examDate: '2027-01-20',
  restDay: false,
  streakDays: 1,
  missedDays: 0,
  lastPractice: null,
  practiceExamTomorrow: false,
  latestMood: null,
};

const cases: [Situation, Partial<SituationFacts>][] = [
  ['exam-day', { examDate: '2026-11-25' }],
  ['exam-eve', { examDate: '2026-11-26', restDay: true }],
  ['low-mood-run', { supportDue: true, latestMood: { day: '2026-11-24', mood: 2 } }],
  ['hard-day', { latestMood: { day: '2026-11-24', mood: 2 } }],
  ['after-low-score', { lastPractice: { day: '2026-11-24', low: true } }],
  ['practice-exam-tomorrow', { practiceExamTomorrow: true }],
  ['rest-day', { restDay: true }],
  ['first-day', { startDate: '2026-11-25', streakDays: 0 }],
  ['coming-back', { missedDays: 3, streakDays: 0 }],
  ['exam-week', { examDate: '2026-12-01' }],
  ['streak', { streakDays: 5 }],
  ['ordinary', {}],
];

describe('situationOf', () => {
  it.each(cases)('reaches %s', (situation, facts) => {
    expect(situationOf({ ...base, ...facts })).toBe(situation);
  });

  it('covers every situation in the table above', () => {
    expect(new Set(cases.map(([s]) => s))).toEqual(new Set(SITUATIONS));
  });

  it('gives a gentle message only after a hard day, not after an older one or a middling mood', () => {
    expect(situationOf({ ...base, latestMood: { day: '2026-11-22', mood: 1 } })).toBe('ordinary');
    expect(situationOf({ ...base, latestMood: { day: '2026-11-24', mood: 3 } })).toBe('ordinary');
    expect(situationOf({ ...base, latestMood: { day: '2026-11-25', mood: 1 } })).toBe('hard-day');
  });

  it('speaks of a low score the day after it only, and never of a good one', () => {
    expect(situationOf({ ...base, lastPractice: { day: '2026-11-23', low: true } })).toBe('ordinary');
    expect(situationOf({ ...base, lastPractice: { day: '2026-11-24', low: false } })).toBe('ordinary');
  });

  it('lets one missed day pass without comment', () => {
    expect(situationOf({ ...base, missedDays: 1 })).toBe('ordinary');
  });

  it('puts the eve of the exam before a hard day: the practical message matters most that evening', () => {
    expect(situationOf({ ...base, examDate: '2026-11-26', latestMood: { day: '2026-11-24', mood: 1 } })).toBe(
      'exam-eve',
    );
  });
});
