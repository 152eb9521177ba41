// Log a practice exam in one transaction: the result, the form no longer counted as unused, and its planned sitting
// done on the day it was taken (lib/domain/history/logged-sitting.ts).
import { isDayKey } from '../domain/day';
import { profileOf } from '../domain/profiles';
import { loggedSitting } from '../domain/history/logged-sitting';
import { planDayOf } from '../domain/settings';
import type { Assessment, PracticeExamEntry } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { LogInputError } from './log-input-error';

function checkPercent(field: string, value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw new LogInputError(field, `${what} must be a number from 0 to 100.`);
}

export async function logPracticeExam(ctx: ServiceContext, input: PracticeExamEntry): Promise<Assessment> {
  const now = ctx.now();
  checkPercent('percentCorrect', input.percentCorrect, 'Percent correct');
  if (input.passProbability !== undefined)
    checkPercent('passProbability', input.passProbability, 'Probability of passing');
  return commit(ctx, ['settings', 'logs', 'tasks'], async (repos) => {
    const settings = await repos.settings.read();
    const form = profileOf(settings).selfAssessments.find((f) => f.id === input.formId);
    if (!form) throw new LogInputError('formId', 'Choose the practice exam you took.');
    const today = planDayOf(now, settings);
    if (!isDayKey(input.day) || input.day > today) throw new LogInputError('day', 'The date must be today or earlier.');

    const assessment: Assessment = {
      id: ctx.newId(),
      day: input.day,
      formId: form.id,
      percentCorrect: input.percentCorrect,
      passProbability: form.reportsPassProbability ? input.passProbability : undefined,
      createdAt: new Date(now).toISOString(),
    };
    const [tasks, earlier] = await Promise.all([repos.tasks.all(), repos.logs.countAssessments()]);
    const satBefore = earlier > 0 || tasks.some((t) => t.kind === 'practice-exam' && t.status === 'done');
    const sitting = loggedSitting({
      tasks,
      form,
      day: input.day,
      completedAt: assessment.createdAt,
      first: !satBefore,
      newId: ctx.newId,
    });
    await Promise.all([
      repos.logs.putAssessment(assessment),
      settings.practiceFormIds.includes(form.id)
        ? repos.settings.put({ ...settings, practiceFormIds: settings.practiceFormIds.filter((id) => id !== form.id) })
        : undefined,
      repos.tasks.put(sitting),
    ]);
    return assessment;
  });
}
