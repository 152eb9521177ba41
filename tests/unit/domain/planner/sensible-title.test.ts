import { describe, expect, it } from 'vitest';
import { readableTasks } from '../../../../lib/domain/backup/readable-records';
import { withSensibleTitle } from '../../../../lib/domain/planner/sensible-title';
import type { Task } from '../../../../lib/domain/types';

const old: Task = {
  id: 'p-1',
  day: '2026-12-10',
  kind: 'content-review',
  title: 'Review Social Sciences: Communication and Interpersonal Skills through pathology and genetics',
  detail: 'Read, then write five questions.',
  minutes: 90,
  priority: 5,
  status: 'todo',
  areaIds: ['social-sciences', 'pathology', 'genetics', 'communication'],
  order: 3,
  fixed: false,
};

describe('old content-review titles with a pairing that makes no sense (issue 11, rule 6)', () => {
  it('drops the disciplines that do not fit the system from the title and the areas', () => {
    expect(withSensibleTitle(old)).toEqual({
      ...old,
      title: 'Review Social Sciences: Communication and Interpersonal Skills: the core content',
      areaIds: ['social-sciences', 'communication'],
    });
    const gaps = {
      ...old,
      title: 'Close the gaps in Cardiovascular System, through immunology and pathology',
      areaIds: ['cardiovascular', 'immunology', 'pathology'],
    };
    expect(withSensibleTitle(gaps)).toMatchObject({
      title: 'Close the gaps in Cardiovascular System, through pathology',
      areaIds: ['cardiovascular', 'pathology'],
    });
  });

  it('returns a task whose pairing fits, or any other kind, as it was (the same object)', () => {
    const fine = {
      ...old,
      title: 'Review Cardiovascular System through pathology',
      areaIds: ['cardiovascular', 'pathology'],
    };
    expect(withSensibleTitle(fine)).toBe(fine);
    const block = { ...old, kind: 'question-block' as const };
    expect(withSensibleTitle(block)).toBe(block);
  });

  it('is applied whenever tasks are read back', () => {
    expect(readableTasks([old]).records[0]!.title).toBe(
      'Review Social Sciences: Communication and Interpersonal Skills: the core content',
    );
  });
});
