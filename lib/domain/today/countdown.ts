// "N days to your exam": the countdown the new tab and the popup show (the contract in ../shared/DESIGN.md is the
// pattern /\d+ days? to (your )?exam/).
import { daysBetween, type DayKey } from '../day';

export const daysToExam = (today: DayKey, examDate: DayKey): number => daysBetween(today, examDate);

/** For a day before the exam; the exam day and the days after it have their own wording on the page. */
export function countdownText(days: number, booked = true): string {
  const count = `${days} ${days === 1 ? 'day' : 'days'} to your exam`;
  return booked ? count : `${count} (target date, not booked yet)`;
}
