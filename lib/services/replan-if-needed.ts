// Run the replanner once per plan day: pages call this on load and the background's day-rollover alarm calls it
// too. One transaction: read the plan, carry copies of unfinished past work forward (the past records stay as they
// were), keep the questions planned after today within the bank left, top up weak areas, move retested misses on,
// remember the day (in the app state: the settings are only read).
import type { DayKey } from '../domain/day';
import { areaPerformance, reweightPlan, weakAreas } from '../domain/performance';
import { replan, replanSummary, type ReplanChoice, type TaskMove } from '../domain/replan';
import { advanceMisses } from '../domain/retest';
import { readableLogs, readableTasks } from '../domain/backup/readable-records';
import { examDateLimitProblem } from '../domain/limits';
import { bankSentence, futureReplanSentence } from '../domain/replan/replan-summary';
import { fitToBank } from '../domain/replan/fit-to-bank';
import { questionsLeft } from '../domain/history/questions-left';
import { blockFormat } from '../domain/planner/block-format';
import { examProfile } from '../domain/profiles';
import { isOnboarded, planDayOf } from '../domain/settings';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { capacityFromSettings } from './replan-capacity';

export interface ReplanOutcome {
  /** false when the plan was already replanned today (or there is no plan yet). */
  ran: boolean;
  today: DayKey;
  moves: TaskMove[];
  unplacedMinutes: number;
  choices: ReplanChoice[];
  /** Tasks given extra minutes because recent scores in their areas were low. */
  reweightedTaskIds: string[];
  /** Plain sentences for the page ("3 tasks moved from Monday ..."); empty when there is nothing to say. */
  summary: string[];
}

export function replanIfNeeded(ctx: ServiceContext): Promise<ReplanOutcome> {
  const now = ctx.now();
  return commit(ctx, ['settings', 'appState', 'tasks', 'logs'], async (repos) => {
    const [settings, appState] = await Promise.all([repos.settings.read(), repos.appState.read()]);
    const { lastReplannedDay } = appState;
    const today = planDayOf(now, settings);
    const idle: ReplanOutcome = {
      ran: false,
      today,
      moves: [],
      unplacedMinutes: 0,
      choices: [],
      reweightedTaskIds: [],
      summary: [],
    };
    if (!isOnboarded(settings) || lastReplannedDay === today) return idle;
    // A stored exam date out of range is not planned against: the pages say so and ask for it again.
    if (examDateLimitProblem(settings.examDate, today, settings.startDate)) return idle;

    const [stored, storedLogs, misses] = await Promise.all([
      repos.tasks.all(),
      repos.logs.questionLogs(),
      repos.logs.misses(),
    ]);
    // An odd record from an old version is left as it is rather than failing the replan on every page open.
    const tasks = readableTasks(stored).records;
    const logs = readableLogs(storedLogs).records;
    const { capacity, lastDay } = capacityFromSettings(settings, today);
    // Days before the last run were looked at then. A last run dated after today is not trusted (the clock was set
    // ahead), so every past day is looked at again; work carried already is not carried twice either way.
    const since = lastReplannedDay > today ? '' : lastReplannedDay;
    const result = replan({ tasks, today, lastDay, capacity, since });
    const byId = new Map(tasks.map((t) => [t.id, t]));
    for (const t of result.copies) byId.set(t.id, t);
    // Blocks logged beyond the plan, and blocks carried forward, may ask for more than the bank has left.
    const left = questionsLeft(settings, logs);
    const bank = fitToBank(
      [...byId.values()],
      today,
      left,
      blockFormat(examProfile(settings.examId)).questionsPerBlock,
    );
    for (const t of bank.changed) byId.set(t.id, t);
    const reweighted = reweightPlan({
      tasks: [...byId.values()],
      weakAreaIds: weakAreas(areaPerformance(logs, today)),
      today,
      capacity,
    });
    for (const t of reweighted) byId.set(t.id, t);

    // A task still to do whose title was put right on read (an old pairing of a system with disciplines that do not
    // fit it: lib/domain/planner/sensible-title.ts) is stored so; the past stays as it was.
    const storedTitles = new Map(stored.map((t) => [t.id, t.title]));
    const retitled = tasks.filter((t) => t.status === 'todo' && t.day >= today && storedTitles.get(t.id) !== t.title);
    const writes = new Map(
      [...retitled, ...result.copies, ...bank.changed, ...reweighted].map((t) => [t.id, byId.get(t.id) ?? t]),
    );
    await repos.tasks.put(...writes.values());
    // Retest tasks ticked since the last run move their misses to the next round (or retire them).
    await repos.logs.putMisses(...advanceMisses(misses, tasks));
    // A last run dated after today means the clock was once set ahead (or the data came from a machine that was): the
    // run is treated as stale, so the plan is checked again today, and the student is told why.
    const clockNote = lastReplannedDay > today ? [futureReplanSentence(lastReplannedDay)] : [];
    const summary = [...clockNote, ...replanSummary(result, today), ...bankSentence(bank.removed, left)];
    // Kept for the next page opened: the day-rollover alarm replans with no page there to say what moved.
    const replanNews = { day: today, sentences: summary, unplacedTaskIds: result.unplaced.map((t) => t.id) };
    await repos.appState.put({ ...appState, lastReplannedDay: today, replanNews });
    return {
      ran: true,
      today,
      moves: result.moves,
      unplacedMinutes: result.unplacedMinutes,
      choices: result.choices,
      reweightedTaskIds: reweighted.map((t) => t.id),
      summary,
    };
  });
}
