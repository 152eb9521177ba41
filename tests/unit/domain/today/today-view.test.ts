import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/domain/day';
import { chooseMessage } from '../../../../lib/domain/encouragement';
import { defaultSettings, type Settings } from '../../../../lib/domain/settings';
import { defaultAppState } from '../../../../lib/domain/app-state';
import { todayView, type DayView, type TodayRecords } from '../../../../lib/domain/today';
import type { Task } from '../../../../lib/domain/types';

const task = (day: string, order: number, fields: Partial<Task> = {}): Task => ({
  id: `${day}-${order}`,
  day,
  kind: 'question-block',
  title: `Task ${order} on ${day}`,
  minutes: 60,
  status: 'todo',
  order,
  priority: 2,
  ...fields,
});
const settings = (fields: Partial<Settings> = {}): Settings => ({
  ...structuredClone(defaultSettings),
  startDate: '2026-11-16',
  examDate: '2027-01-20',
  ...fields,
});
const records = (fields: Partial<TodayRecords> = {}): TodayRecords => ({
  settings: settings(),
  appState: structuredClone(defaultAppState),
  today: '2026-11-25',
  tasks: [],
  assessments: [],
  latestMood: null,
  ...fields,
});
const day = (r: TodayRecords): DayView => {
  const view = todayView(r);
  if (view.state !== 'day') throw new Error(`expected a study day, got ${view.state}`);
  return view;
};

describe('todayView', () => {
  it('invites the set-up before onboarding', () => {
    expect(todayView(records({ settings: { ...defaultSettings } }))).toEqual({ state: 'setup' });
  });

  it('asks how it went after the exam date', () => {
    expect(todayView(records({ settings: settings({ examDate: '2026-11-20' }) }))).toEqual({
      state: 'after-exam',
      examDate: '2026-11-20',
      daysSince: 5,
    });
  });

  it('lists today in order with the countdown, the phase and the first task to do', () => {
    const tasks = [
      task('2026-11-25', 1),
      task('2026-11-25', 0, { status: 'done' }),
      task('2026-11-24', 0, { status: 'done' }),
    ];
    const view = day(records({ tasks }));
    expect(view.tasks.map((t) => t.order)).toEqual([0, 1]);
    expect(view.countdown).toBe('56 days to your exam');
    expect(view.phase.name).toBe('Rebuild');
    expect(view.nextTask).toEqual({ id: '2026-11-25-1', title: 'Task 1 on 2026-11-25', minutes: 60 });
    // Day 10 of the plan (16 Nov to 25 Nov), of 66 days up to the exam on 20 Jan.
    expect(view.runway).toEqual({ day: 10, days: 66 });
    expect(view.restDay).toBe(false);
    expect(view.messageChoices).toEqual({ history: [], hidden: [], pinned: '' });
  });

  it('on a rest day says so and holds the next study day', () => {
    const tasks = [task('2026-11-27', 0), task('2026-11-27', 1), task('2026-11-30', 0)];
    const view = day(records({ today: '2026-11-26', tasks }));
    expect(view.restDay).toBe(true);
    expect(view.situation).toBe('rest-day');
    expect(view.nextStudyDay?.day).toBe('2026-11-27');
    expect(view.nextStudyDay?.tasks).toHaveLength(2);
  });

  it('gives a gentle message after a low mood', () => {
    const view = day(records({ tasks: [task('2026-11-25', 0)], latestMood: { day: '2026-11-24', mood: 1 } }));
    expect(view.situation).toBe('hard-day');
  });

  it("speaks of tomorrow's practice exam", () => {
    const view = day(
      records({
        tasks: [task('2026-11-25', 0), task('2026-11-26', 0, { kind: 'practice-exam', title: 'NBME form 30' })],
      }),
    );
    expect(view.situation).toBe('practice-exam-tomorrow');
    expect(view.nextPracticeExam).toEqual({ day: '2026-11-26', title: 'NBME form 30', inDays: 1 });
  });
});

describe("today's message agrees with the plan (issue 11)", () => {
  it('never says "Keep today light" on a 7-hour day before a practice exam, and may on a light one', () => {
    const seen = (minutes: number) => {
      const ids = new Set<string>();
      for (let i = 0; i < 40; i++) {
        const today = addDays('2026-11-20', i);
        const view = day(
          records({
            today,
            settings: settings({ weekdayMinutes: [420, 420, 420, 420, 420, 420, 420] }),
            tasks: [
              task(today, 0, { minutes }),
              task(addDays(today, 1), 0, { kind: 'practice-exam', formId: 'nbme-30', minutes: 300 }),
            ],
          }),
        );
        expect(view.situation).toBe('practice-exam-tomorrow');
        const message = chooseMessage(view.situation, today, view.messageChoices, view.messageFacts);
        if (message) ids.add(message.id);
      }
      return ids;
    };
    expect(seen(420).has('practice-eve-1')).toBe(false);
    expect(seen(60).has('practice-eve-1')).toBe(true);
  });

  it('knows the format of the attempt failed from the attempts read', () => {
    const attempts = [{ id: 'a', examId: 'usmle-step1', date: '2026-05-01', outcome: 'fail' as const }];
    expect(day(records({ attempts })).messageFacts.failedFormat).toBe('previous');
    expect(day(records()).messageFacts.failedFormat).toBe('unknown');
  });
});

describe('three hard evenings in a week point the message to "Get support" (issue 11)', () => {
  const moods = [
    { day: '2026-11-20', mood: 2 },
    { day: '2026-11-23', mood: 1 },
    { day: '2026-11-24', mood: 2 },
  ];
  it('chooses a support message, over a pinned one', () => {
    const view = day(
      records({
        appState: { ...structuredClone(defaultAppState), pinnedMessageId: 'day-1' },
        latestMood: { day: '2026-11-24', mood: 2 },
        recentMoods: moods,
      }),
    );
    expect(view.situation).toBe('low-mood-run');
    expect(chooseMessage(view.situation, view.today, view.messageChoices, view.messageFacts)?.text).toMatch(
      /Get support/,
    );
  });
  it('not again within a few days of the last one', () => {
    const shownMessages = [{ day: '2026-11-23', id: 'support-2' }];
    const view = day(records({ appState: { ...structuredClone(defaultAppState), shownMessages }, recentMoods: moods }));
    expect(view.situation).not.toBe('low-mood-run');
  });
});
