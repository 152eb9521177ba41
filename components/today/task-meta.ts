// The line under a task's title: its time estimate and question count ("1 h 30 min · 40 questions").
import { formatMinutes } from '../../lib/domain/format/duration-words';
import type { Task } from '../../lib/domain/types';

export function taskMeta(task: Pick<Task, 'minutes' | 'questions'>): string {
  const parts: string[] = [];
  if (task.minutes > 0) parts.push(formatMinutes(task.minutes));
  if (task.questions) parts.push(`${task.questions} ${task.questions === 1 ? 'question' : 'questions'}`);
  return parts.join(' · ');
}
