// The plan's tasks, by id and by day.
import type { DayKey } from '../../domain/day';
import type { Task } from '../../domain/types';
import type { RepositoryTx, Written } from './repository-tx';

export interface TasksReader {
  get(id: string): Promise<Task | undefined>;
  all(): Promise<Task[]>;
  /** A day's tasks in plan order. */
  onDay(day: DayKey): Promise<Task[]>;
  /** Every task from `day` on. */
  from(day: DayKey): Promise<Task[]>;
}

export interface TasksRepository extends TasksReader {
  put(...tasks: Task[]): Promise<void>;
  delete(...ids: string[]): Promise<void>;
}

export function tasksRepository(tx: RepositoryTx, wrote: Written): TasksRepository {
  const store = () => tx.objectStore('tasks');
  return {
    get: (id) => store().get(id),
    all: () => store().getAll(),
    onDay: async (day) => (await store().index('by-day').getAll(day)).sort((a, b) => a.order - b.order),
    from: (day) => store().index('by-day').getAll(IDBKeyRange.lowerBound(day)),
    put: async (...tasks) => {
      if (tasks.length === 0) return;
      await Promise.all(tasks.map((t) => store().put(t)));
      wrote('tasks');
    },
    delete: async (...ids) => {
      if (ids.length === 0) return;
      await Promise.all(ids.map((id) => store().delete(id)));
      wrote('tasks');
    },
  };
}
