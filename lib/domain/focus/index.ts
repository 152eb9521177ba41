export * from './focus-clock';
export {
  completeSession,
  extendSession,
  pauseSession,
  resumeSession,
  startSession,
  stopSession,
  type StartSession,
} from './focus-transitions';
export * from './next-break';
export * from './focus-lengths';
export * from './badge-text';
export * from './focus-copy';
export * from './impossible-session';
