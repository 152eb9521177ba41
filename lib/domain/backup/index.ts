export * from './backup-schema';
export * from './backup-summary';
export * from './parse-backup';
export * from './upgrade-backup';
