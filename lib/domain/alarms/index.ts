export * from './alarm-kinds';
export * from './alarm-names';
export * from './alarm-state';
export { plannedAlarms } from './planned-alarms';
export * from './alarm-diff';
export * from './notification-actions';
export * from './reminder-copy';
export { isQuietAt, afterQuietHours } from './quiet-hours';
export { calendarDayAt } from './clock-times';
