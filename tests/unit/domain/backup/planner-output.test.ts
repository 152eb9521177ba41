// The backup must take back whatever the app writes: every plan the planner makes, for any valid input, passes
// the backup's task schema (a plan the backup refused could never be restored).
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../../../lib/domain/backup/issue-message';
import { taskSchema } from '../../../../lib/domain/backup/record-schemas';
import { buildPlan } from '../../../../lib/domain/planner';
import { planInputArb } from '../planner/plan-input-arbitrary';

describe('the backup schema and the planner', () => {
  it('accepts every task of every plan', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        for (const [index, task] of buildPlan(input).tasks.entries()) {
          const result = v.safeParse(taskSchema, JSON.parse(JSON.stringify(task)));
          expect(
            result.success ? 'ok' : `tasks[${index}] ${issueMessage(result.issues[0])} (${JSON.stringify(task)})`,
          ).toBe('ok');
        }
      }),
      { numRuns: 150, seed: 2026 },
    );
  });
});
