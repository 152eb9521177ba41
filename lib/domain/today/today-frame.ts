// What the new tab and the popup draw, computed from one read, with the two settings the page needs besides: the
// day's start hour (to read again when the day turns over, and to tell a snapshot from yesterday) and the exam
// date (the countdown's date line). It is also what the next page's first frame is drawn from
// (lib/platform/today-snapshot.ts): kept computed, so that the first frame carries none of the domain code that made
// it, and only today (no two weeks of tasks).
import type { DayKey } from '../day';
import { todayView, type TodayRecords, type TodayView } from './today-view';

export interface TodayFrame {
  today: DayKey;
  dayStartHour: number;
  examDate: DayKey;
  view: TodayView;
}

export const todayFrame = (records: TodayRecords): TodayFrame => ({
  today: records.today,
  dayStartHour: records.settings.dayStartHour,
  examDate: records.settings.examDate,
  view: todayView(records),
});
