// Check and uncheck a task: one transaction over the tasks, then the other pages hear about it. Checking keeps the
// task on its day (done tasks stay visible, struck through); unchecking puts it back to do.
import type { Task } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';

function setStatus(ctx: ServiceContext, taskId: string, done: boolean): Promise<Task | undefined> {
  const at = new Date(ctx.now()).toISOString();
  return commit(ctx, ['tasks'], async ({ tasks }) => {
    const task = await tasks.get(taskId);
    if (!task) return undefined;
    // Re-checking a done task keeps its first completion time; a skipped task checked by hand counts as done.
    if (done && task.status === 'done') return task;
    const { completedAt: _dropped, ...rest } = task;
    const next: Task = done ? { ...task, status: 'done', completedAt: at } : { ...rest, status: 'todo' };
    await tasks.put(next);
    return next;
  });
}

export const completeTask = (ctx: ServiceContext, taskId: string) => setStatus(ctx, taskId, true);
export const uncompleteTask = (ctx: ServiceContext, taskId: string) => setStatus(ctx, taskId, false);
