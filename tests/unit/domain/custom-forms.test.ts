import { describe, expect, it } from 'vitest';
import {
  customFormId,
  customFormProblem,
  studentProfile,
  type CustomForm,
} from '../../../lib/domain/profiles/custom-forms';
import { step1Profile } from '../../../lib/domain/profiles/step1';

const nbme32: CustomForm = { id: 'nbme-custom-1', kind: 'nbme', name: 'NBME Form 32', minutes: 320, questions: 200 };

describe('practice exams the student adds (issue 11, rule 3)', () => {
  it('numbers each new id after every added form, so that no id is reused, and names its kind', () => {
    expect(customFormId('nbme', [])).toBe('nbme-custom-1');
    expect(customFormId('uworld', [nbme32])).toBe('uwsa-custom-2');
    expect(customFormId('school', [{ ...nbme32, id: 'amboss-custom-7' }, nbme32])).toBe('school-custom-8');
  });

  it('refuses an empty or repeated name, and a length outside 30-600 minutes or a bad count of questions', () => {
    const ok = { name: 'UWSA3', minutes: 270, questions: 160 };
    expect(customFormProblem(ok, [nbme32])).toBeNull();
    expect(customFormProblem({ ...ok, questions: null }, [])).toBeNull();
    expect(customFormProblem({ ...ok, name: '  ' }, [])).toMatch(/Give the form a name/);
    expect(customFormProblem({ ...ok, name: ' nbme form 32 ' }, [nbme32])).toBe('nbme form 32 is already in the list.');
    for (const minutes of [null, 29, 601, 90.5])
      expect(customFormProblem({ ...ok, minutes }, [])).toMatch(/from 30 to 600/);
    for (const questions of [0, 401, 1.5]) expect(customFormProblem({ ...ok, questions }, [])).toMatch(/from 1 to 400/);
  });

  it('adds the forms after the profile own, by their own length, an NBME form reporting a probability of passing', () => {
    const profile = studentProfile(step1Profile, [
      nbme32,
      { ...nbme32, id: 'school-custom-2', kind: 'school', name: 'CBSE' },
    ]);
    const added = profile.selfAssessments.slice(step1Profile.selfAssessments.length);
    expect(added.map((f) => [f.id, f.sittingMinutes, f.reportsPassProbability, f.provider])).toEqual([
      ['nbme-custom-1', 320, true, 'NBME'],
      ['school-custom-2', 320, false, 'Your school'],
    ]);
    expect(studentProfile(step1Profile, [])).toBe(step1Profile);
  });
});
