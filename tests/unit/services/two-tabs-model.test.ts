// A model-based fuzz test (fast-check commands) of two tabs on one database, each with its own connection, ids and
// settings form: random sequences of tick, untick, log a block, start and stop focus on a task, run the daily replan,
// read and save the Reminders form, import a backup, undo the last import, and export -> import -> export. After every command the database must hold exactly what the
// model says: nothing done is lost, the past (yesterday's done work) never changes but by an import or undo, a save
// from a form another tab made stale is refused and writes nothing, and an undo puts back exactly what the import
// replaced (the newest SNAPSHOTS_KEPT imports can be undone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOTS_KEPT } from '../../../lib/db/backup/snapshots';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { localTimeOn } from '../../../lib/domain/day';
import type { Backup, BackupData } from '../../../lib/domain/backup';
import { defaultAppState } from '../../../lib/domain/app-state';
import type { Settings } from '../../../lib/domain/settings';
import { exportBackup, importBackup, undoLastImport } from '../../../lib/services/backup';
import { completeTask, uncompleteTask } from '../../../lib/services/complete-task';
import type { ServiceContext } from '../../../lib/services/context';
import { stopFocus } from '../../../lib/services/focus-control';
import { startFocus } from '../../../lib/services/focus-start';
import { logQuestionBlock } from '../../../lib/services/log-question-block';
import { replanIfNeeded } from '../../../lib/services/replan-if-needed';
import { REMINDER_KEYS, type ReminderSettingsFields } from '../../../lib/domain/settings-sections';
import { saveReminders } from '../../../lib/services/save-reminders';
import { sectionOf } from '../../../lib/services/settings-section';
import { onboardedSettings, seed, task } from './focus-test-context';
import { sharedDatabase } from './shared-database';

const today = '2026-11-25';
const TASKS = 5;
const taskId = (i: number) => `t-${i}`;

/** What the database must hold: each task's status, how many blocks are logged, the morning time. */
interface State {
  status: Record<string, 'todo' | 'done'>;
  logs: number;
  /** Focus blocks on record (started ones, stopped or not). */
  sessions: number;
  morningTime: string;
}
interface Model {
  data: State;
  /** What each import replaced, newest last: what an undo must put back. */
  undo: State[];
  /** The morning time each tab's Reminders form read. */
  formRead: [string, string];
}
interface Real {
  tabs: [ServiceContext, ServiceContext];
  /** The Reminders section each tab's form read (its revision). */
  forms: [ReminderSettingsFields, ReminderSettingsFields];
  /** The backup an import brings: someone else's day, all to do, morning at 05:45. */
  file: BackupData;
}

const todaysTasks = () => Array.from({ length: TASKS }, (_, i) => task(today, i, { id: taskId(i) }));
const pastTask = task('2026-11-24', 0, { id: 'past', status: 'done', completedAt: '2026-11-24T15:00:00.000Z' });

async function stateOf(db: ServiceContext['db']): Promise<State> {
  const [tasks, logs, focus, settings] = await Promise.all([
    db.getAll('tasks'),
    db.count('questionLogs'),
    db.getAll('focusSessions'),
    db.get('settings', SETTINGS_KEY),
  ]);
  const past = tasks.find((t) => t.id === 'past');
  // The past is never touched by a tick, a log or a save: it is as seeded (an import brings the same past day).
  expect(past).toEqual(pastTask);
  return {
    status: Object.fromEntries(tasks.filter((t) => t.id !== 'past').map((t) => [t.id, t.status as 'todo' | 'done'])),
    logs,
    sessions: focus.filter((f) => f.kind === 'focus').length,
    morningTime: settings?.morningTime ?? '',
  };
}

type Cmd = fc.AsyncCommand<Model, Real>;
const check = async (m: Model, r: Real) => expect(await stateOf(r.tabs[0].db)).toEqual(m.data);

class Tick implements Cmd {
  constructor(
    readonly tab: 0 | 1,
    readonly i: number,
    readonly done: boolean,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await (this.done ? completeTask : uncompleteTask)(r.tabs[this.tab], taskId(this.i));
    m.data.status[taskId(this.i)] = this.done ? 'done' : 'todo';
    await check(m, r);
  }
  toString = () => `tab${this.tab}.${this.done ? 'tick' : 'untick'}(${this.i})`;
}

class LogBlock implements Cmd {
  constructor(
    readonly tab: 0 | 1,
    readonly i: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await logQuestionBlock(r.tabs[this.tab], {
      taskId: taskId(this.i),
      questions: 20,
      correct: 12,
      mode: 'timed',
      areaIds: [],
      minutes: 30,
    });
    m.data.status[taskId(this.i)] = 'done';
    m.data.logs++;
    await check(m, r);
  }
  toString = () => `tab${this.tab}.log(${this.i})`;
}

class Focus implements Cmd {
  constructor(
    readonly tab: 0 | 1,
    readonly i: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    // A block started on a task and stopped early: a focus record, and the task keeps its status.
    await startFocus(r.tabs[this.tab], { taskId: taskId(this.i), minutes: 25 });
    await stopFocus(r.tabs[1 - this.tab]!);
    m.data.sessions++;
    await check(m, r);
  }
  toString = () => `tab${this.tab}.focus(${this.i})`;
}

class Replan implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, r: Real) {
    // The day's replan, from either tab (a page open or the rollover): it may move work after today, but never
    // touches the past, a done task, a log or a focus record; today's tasks keep their status.
    await replanIfNeeded(r.tabs[this.tab]);
    await check(m, r);
  }
  toString = () => `tab${this.tab}.replan()`;
}

class ReadForm implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const settings = (await r.tabs[this.tab].db.get('settings', SETTINGS_KEY)) as Settings;
    r.forms[this.tab] = sectionOf(settings, REMINDER_KEYS);
    m.formRead[this.tab] = m.data.morningTime;
  }
  toString = () => `tab${this.tab}.readForm()`;
}

class SaveForm implements Cmd {
  constructor(
    readonly tab: 0 | 1,
    readonly morningTime: string,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const base = r.forms[this.tab];
    const saving = saveReminders(r.tabs[this.tab], { ...base, morningTime: this.morningTime }, base);
    if (m.formRead[this.tab] === m.data.morningTime) {
      await saving;
      m.data.morningTime = this.morningTime;
      r.forms[this.tab] = { ...base, morningTime: this.morningTime };
      m.formRead[this.tab] = this.morningTime;
    } else {
      // Stale: refused, nothing written.
      await expect(saving).rejects.toMatchObject({ name: 'StaleWriteError' });
    }
    await check(m, r);
  }
  toString = () => `tab${this.tab}.save(${this.morningTime})`;
}

const fileState = (): State => ({
  status: Object.fromEntries(Array.from({ length: TASKS }, (_, i) => [taskId(i), 'todo' as const])),
  logs: 0,
  sessions: 0,
  morningTime: '05:45',
});

class Import implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await importBackup(r.tabs[this.tab], r.file);
    m.undo = [...m.undo, structuredClone(m.data)].slice(-SNAPSHOTS_KEPT);
    m.data = fileState();
    await check(m, r);
  }
  toString = () => `tab${this.tab}.import()`;
}

class Undo implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const undone = await undoLastImport(r.tabs[this.tab]);
    const back = m.undo.at(-1);
    expect(undone).toBe(back !== undefined);
    if (back) {
      m.data = back;
      m.undo = m.undo.slice(0, -1);
    }
    await check(m, r);
  }
  toString = () => `tab${this.tab}.undo()`;
}

class RoundTrip implements Cmd {
  constructor(readonly tab: 0 | 1) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const content = ({ exportedAt: _at, format: _f, schemaVersion: _v, ...data }: Backup) => data;
    const first = content(await exportBackup(r.tabs[this.tab]));
    await importBackup(r.tabs[1 - this.tab]!, first);
    const second = content(await exportBackup(r.tabs[this.tab]));
    expect(second).toEqual(first);
    m.undo = [...m.undo, structuredClone(m.data)].slice(-SNAPSHOTS_KEPT);
    await check(m, r);
  }
  toString = () => `tab${this.tab}.exportImportExport()`;
}

const tab = fc.constantFrom<0 | 1>(0, 1);
const index = fc.nat(TASKS - 1);
const commands = fc.commands(
  [
    fc.tuple(tab, index, fc.boolean()).map(([t, i, done]) => new Tick(t, i, done)),
    fc.tuple(tab, index).map(([t, i]) => new LogBlock(t, i)),
    fc.tuple(tab, index).map(([t, i]) => new Focus(t, i)),
    tab.map((t) => new Replan(t)),
    tab.map((t) => new ReadForm(t)),
    fc.tuple(tab, fc.constantFrom('06:00', '06:15', '07:00', '08:30')).map(([t, time]) => new SaveForm(t, time)),
    tab.map((t) => new Import(t)),
    tab.map((t) => new Undo(t)),
    tab.map((t) => new RoundTrip(t)),
  ],
  { maxCommands: 30 },
);

async function setUp(): Promise<{ model: Model; real: Real }> {
  const [a, b] = await sharedDatabase(localTimeOn(today, 18), ['tabA', 'tabB']);
  // One clock for both tabs that moves on, as a real one does: snapshots are ordered by the time they were taken.
  let time = localTimeOn(today, 18);
  a!.now = b!.now = () => ++time;
  const settings = onboardedSettings({ morningTime: '07:30' });
  await seed(a!.db, settings, [...todaysTasks(), pastTask]);
  const form = sectionOf(settings, REMINDER_KEYS);
  const file: BackupData = {
    settings: { ...settings, morningTime: '05:45' },
    appState: structuredClone(defaultAppState),
    tasks: [...todaysTasks(), pastTask],
    attempts: [],
    questionLogs: [],
    assessments: [],
    focusSessions: [],
    journal: [],
    misses: [],
    quarantine: [],
  };
  const initial: State = {
    status: Object.fromEntries(Array.from({ length: TASKS }, (_, i) => [taskId(i), 'todo' as const])),
    logs: 0,
    sessions: 0,
    morningTime: '07:30',
  };
  return {
    model: { data: initial, undo: [], formRead: ['07:30', '07:30'] },
    real: { tabs: [a!, b!], forms: [form, structuredClone(form)], file },
  };
}

describe('two tabs, random commands (model-based)', () => {
  it('lose nothing done, refuse stale saves, and undo imports exactly', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const { model, real } = await setUp();
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        real.tabs.forEach((t) => t.db.close());
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
