// Everything the progress page draws, from the stored records in one pure pass.
import { addDays, type DayKey } from '../day';
import type { ExamProfile } from '../profiles';
import type { Settings } from '../settings';
import type { Assessment, QuestionLog, Task } from '../types';
import { heatWeeks, type HeatCell } from './heat-map';
import { AREA_JOIN, questionsByArea, questionsByWeek, type QuestionTotal } from './question-totals';
import { studiedMinutesByDay } from './studied-minutes';
import { supportNudge } from './support-nudge';
import { tasksByWeek, type WeekTasks } from './tasks-by-week';

export interface ProgressRecords {
  tasks: readonly Task[];
  logs: readonly QuestionLog[];
  assessments: readonly Assessment[];
}

export interface ScorePoint {
  day: DayKey;
  formName: string;
  percentCorrect: number;
  passProbability?: number;
}

export interface ProgressSummary {
  heat: HeatCell[][];
  totalMinutes: number;
  weeks: QuestionTotal[];
  /** Area totals with the area's name from the profile ("Cardiovascular System + Pharmacology" for a block of both). */
  areas: (QuestionTotal & { name: string })[];
  scores: ScorePoint[];
  /** 0 when the student set none. */
  goAheadPercent: number;
  tasks: WeekTasks[];
  supportNudge: string | null;
}

/** At most 26 weeks of heat map: older weeks are summed in the total but not drawn. */
const HEAT_WEEKS = 26;

export function progressSummary(
  records: ProgressRecords,
  settings: Settings,
  profile: ExamProfile,
  today: DayKey,
): ProgressSummary {
  const minutes = studiedMinutesByDay(records.tasks, records.logs, today);
  const planStart = settings.startDate || today;
  const earliest = addDays(today, -7 * HEAT_WEEKS + 1);
  // A calendar of the whole plan, as far as the exam (the days ahead drawn empty), within HEAT_WEEKS weeks.
  const heatFrom = planStart > earliest ? planStart : earliest;
  const heatEnd = settings.examDate > today ? settings.examDate : today;
  const heatTo = heatEnd < addDays(heatFrom, 7 * HEAT_WEEKS - 1) ? heatEnd : addDays(heatFrom, 7 * HEAT_WEEKS - 1);
  const areaName = new Map(profile.areas.map((a) => [a.id, a.name]));
  const formName = new Map(profile.selfAssessments.map((f) => [f.id, f.name]));
  return {
    heat: heatWeeks(minutes, heatFrom, heatTo),
    totalMinutes: [...minutes.values()].reduce((s, m) => s + m, 0),
    weeks: questionsByWeek(records.logs),
    areas: questionsByArea(records.logs).map((t) => ({
      ...t,
      name: t.key
        .split(AREA_JOIN)
        .map((id) => areaName.get(id) ?? id)
        .join(' + '),
    })),
    scores: [...records.assessments]
      .sort((a, b) => a.day.localeCompare(b.day))
      .map((a) => ({
        day: a.day,
        formName: formName.get(a.formId) ?? a.formId,
        percentCorrect: a.percentCorrect,
        passProbability: a.passProbability,
      })),
    goAheadPercent: settings.goAheadPercent,
    tasks: tasksByWeek(records.tasks, today),
    supportNudge: supportNudge(records.tasks, settings.supporters, settings.startDate, today),
  };
}
