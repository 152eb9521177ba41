// The calendar skeleton: every day from the start to the day before the exam, with its type, phase and minutes.
import { addDays, dayRange, weekdayIndex, type DayKey } from '../day';
import { weekdayCapacity, weekdayMinutesAt } from './capacity';
import { phaseAt, type PhaseLengths } from './phases';
import type { PlanInput, PlannedDay } from './plan-types';

/**
 * The day before the exam is a rest day when it would otherwise be a study day; an off or blocked day is already
 * rest and holds nothing.
 */
export function planDays(input: PlanInput, lengths: PhaseLengths, offset = 0): PlannedDay[] {
  if (lengths.total - offset <= 0) return [];
  const blocked = new Set(input.blockedDates);
  const restDay = addDays(input.examDate, -1);
  const capacityByWeekday = Array.from({ length: 7 }, (_, weekday) => weekdayCapacity(input, weekday));
  const firstWeekday = weekdayIndex(input.startDate);
  return dayRange(input.startDate, restDay).map((day: DayKey, index): PlannedDay => {
    const phase = phaseAt(index + offset, lengths);
    const weekday = (firstWeekday + index) % 7;
    const capacity = capacityByWeekday[weekday] ?? 0;
    if (blocked.has(day)) return { day, type: 'blocked', phase, capacityMinutes: 0, bufferMinutes: 0 };
    if (day === restDay && weekdayMinutesAt(input.weekdayMinutes, weekday) > 0) {
      return { day, type: 'rest', phase, capacityMinutes: 0, bufferMinutes: 0 };
    }
    return { day, type: capacity > 0 ? 'study' : 'off', phase, capacityMinutes: capacity, bufferMinutes: 0 };
  });
}
