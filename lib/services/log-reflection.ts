// Log the evening reflection in one transaction: the journal entry and today's reflection task marked done.
import { planDayOf } from '../domain/settings';
import { TEXT_LIMITS } from '../domain/limits';
import type { JournalEntry, ReflectionEntry } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { LogInputError, requireWhole } from './log-input-error';

/** Enough for a paragraph; the journal is for two sentences, not an essay. */
export const MAX_REFLECTION_CHARS = TEXT_LIMITS.journal;

export async function logReflection(ctx: ServiceContext, input: ReflectionEntry): Promise<JournalEntry> {
  requireWhole('mood', input.mood, 1, 5, 'Mood');
  const wentWell = input.wentWell.trim();
  const hard = input.hard.trim();
  if (wentWell.length > MAX_REFLECTION_CHARS || hard.length > MAX_REFLECTION_CHARS) {
    throw new LogInputError(
      wentWell.length > MAX_REFLECTION_CHARS ? 'wentWell' : 'hard',
      `Keep each answer under ${MAX_REFLECTION_CHARS} characters.`,
    );
  }
  const now = ctx.now();
  return commit(ctx, ['settings', 'logs', 'tasks'], async ({ settings, logs, tasks }) => {
    const today = planDayOf(now, await settings.read());
    const entry: JournalEntry = {
      id: ctx.newId(),
      day: today,
      wentWell,
      hard,
      mood: input.mood,
      createdAt: new Date(now).toISOString(),
    };
    await logs.putJournal(entry);
    const reflection = (await tasks.onDay(today)).find((t) => t.kind === 'reflection' && t.status === 'todo');
    if (reflection) await tasks.put({ ...reflection, status: 'done', completedAt: entry.createdAt });
    return entry;
  });
}
