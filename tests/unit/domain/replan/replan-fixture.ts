import type { Task } from '../../../../lib/domain/types';

let serial = 0;

export function task(day: string, fields: Partial<Task> = {}): Task {
  serial += 1;
  return {
    id: fields.id ?? `t${serial}`,
    day,
    kind: 'question-block',
    title: `Block ${serial}`,
    minutes: 60,
    status: 'todo',
    order: 0,
    priority: 2,
    ...fields,
  };
}

/** 3 hours every day. */
export const threeHours = (): number => 180;
