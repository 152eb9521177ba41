import { describe, expect, it } from 'vitest';
import { checkPlanDraft } from '../../../components/onboarding/check-plan-draft';
import { draftFromSettings, type PlanDraft } from '../../../components/onboarding/plan-draft';
import { defaultSettings } from '../../../lib/domain/settings';

const TODAY = '2026-11-25';
const draft = (patch: Partial<PlanDraft> = {}): PlanDraft => ({
  ...draftFromSettings(structuredClone(defaultSettings), [], false),
  examDate: '2027-01-20',
  questionBankLeft: '1500',
  ...patch,
});

describe('checkPlanDraft', () => {
  it("turns a good draft into settings: hours to minutes, only this exam's bands and forms, named supporters", () => {
    const { problems, values } = checkPlanDraft(
      draft({
        hours: ['8', '8', '7.5', '8', '8', '3', '0'],
        bands: { cardiovascular: 'lower', medicine: 'higher' },
        practiceFormIds: ['nbme-30', 'not-a-form'],
        supporters: [
          { name: ' Dr Rivera ', role: 'advisor' },
          { name: '  ', role: 'friend' },
        ],
        parallelKind: 'clinical',
        parallelHours: '10',
      }),
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      weekdayMinutes: [480, 480, 450, 480, 480, 180, 0],
      bands: { cardiovascular: 'lower' },
      practiceFormIds: ['nbme-30'],
      supporters: [{ name: 'Dr Rivera', role: 'advisor' }],
      parallelTrack: { kind: 'clinical', hoursPerWeek: 10 },
      questionBankLeft: 1500,
      examBooked: true,
    });
  });

  it.each([
    ['an empty exam date', { examDate: '' }, 'exam-date', 'Choose your exam date.'],
    [
      'an empty target date',
      { examDate: '', notBooked: true },
      'exam-date',
      'Choose your target date (the day you are aiming for).',
    ],
    [
      'today as the exam date',
      { examDate: TODAY },
      'exam-date',
      'The exam date (Wed 25 Nov 2026) is not in the future; choose a day after today.',
    ],
    [
      'hours that are not a number',
      { hours: ['six', '6', '6', '6', '6', '4', '0'] },
      'hours-0',
      'Monday: enter the hours as a number, 0 for a day off.',
    ],
    [
      '17 hours on a Sunday',
      { hours: ['6', '6', '6', '6', '6', '4', '17'] },
      'hours-6',
      'Sunday: 17 hours is more than anyone can study well; enter 16 or fewer.',
    ],
    [
      'an empty bank',
      { questionBankLeft: '' },
      'question-bank',
      'Enter how many questions are left in your question bank as a number (0 if none).',
    ],
    [
      'half a question',
      { questionBankLeft: '10.5' },
      'question-bank',
      'Questions left must be a whole number, 0 or more.',
    ],
    [
      'a parallel track without hours',
      { parallelKind: 'step2ck', parallelHours: '' },
      'parallel-hours',
      'Enter the hours per week the parallel track takes, a number above 0.',
    ],
    [
      'a past attempt tomorrow',
      { attempts: [{ date: '2026-11-26', outcome: 'fail' }] },
      'attempts',
      'A past attempt must be dated today or earlier.',
    ],
  ] as const)('refuses %s', (_, patch, field, message) => {
    const { problems, values } = checkPlanDraft(draft(patch as Partial<PlanDraft>), TODAY);
    expect(values).toBeUndefined();
    expect(problems).toEqual([{ field, message }]);
  });

  it('lists problems in page order', () => {
    const { problems } = checkPlanDraft(
      draft({ questionBankLeft: '-1', hours: ['6', '-1', '6', '6', '6', '4', '0'], examDate: '' }),
      TODAY,
    );
    expect(problems.map((p) => p.field)).toEqual(['exam-date', 'hours-1', 'question-bank']);
  });
});
