// The plan from its first day to the exam as one strip: the phases as spans of days, and the practice exams as marks
// at their day. Positions are fractions of the whole, so the strip draws at any width. Pure, tested without a DOM.
import type { DayKey } from '../../lib/domain/day';
import type { Phase } from '../../lib/domain/planner';
import type { PlanWeekView } from './plan-weeks';

export interface TimelineSpan {
  phase: Phase;
  from: DayKey;
  to: DayKey;
  days: number;
}

export interface TimelineMark {
  day: DayKey;
  /** The day of its last part, for a form sat in parts; `day` otherwise. */
  last: DayKey;
  /** The form's name (or the task's title). */
  name: string;
  /** 0 at the first day's start, 1 at the exam day's end. */
  at: number;
}

export interface PlanTimelineView {
  spans: TimelineSpan[];
  marks: TimelineMark[];
  /** Where today falls, or null when it is outside the plan. */
  today: number | null;
  examDay: DayKey | null;
}

export function planTimeline(
  weeks: readonly PlanWeekView[],
  formName: (formId: string) => string | undefined,
): PlanTimelineView {
  const days = weeks.flatMap((w) => w.days);
  const examIndex = days.findIndex((d) => d.kind === 'exam');
  const shown = examIndex >= 0 ? days.slice(0, examIndex + 1) : days;
  const total = Math.max(1, shown.length);
  const spans: TimelineSpan[] = [];
  const marks: TimelineMark[] = [];
  let today: number | null = null;
  shown.forEach((d, i) => {
    if (d.isToday) today = (i + 0.5) / total;
    if (d.kind === 'exam') return;
    const last = spans.at(-1);
    if (last && last.phase === d.phase) {
      last.to = d.day;
      last.days += 1;
    } else spans.push({ phase: d.phase, from: d.day, to: d.day, days: 1 });
    // A form split over two sittings is one mark, at its first part, that knows its last.
    for (const t of d.tasks.filter((t) => t.kind === 'practice-exam' || t.kind === 'practice-exam-part')) {
      const name = (t.formId && formName(t.formId)) || t.title;
      const mark = marks.find((m) => m.name === name);
      if (mark) mark.last = d.day;
      else marks.push({ day: d.day, last: d.day, name, at: (i + 0.5) / total });
    }
  });
  return { spans, marks, today, examDay: examIndex >= 0 ? shown[examIndex]!.day : null };
}
