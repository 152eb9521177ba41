import { describe, expect, it } from 'vitest';
import { deadlineNotices, latestDayToSit, type DeadlineNoticeInput } from '../../../../lib/domain/deadlines';

const today = '2026-12-02';
function input(fields: Partial<DeadlineNoticeInput> & { schoolDeadline?: string }): DeadlineNoticeInput {
  const schoolDeadline = fields.schoolDeadline ?? '2027-04-30';
  const resultWeeks = fields.resultWeeks ?? 6;
  return {
    examDate: '2027-03-10',
    resultWeeks,
    latest: schoolDeadline === '' ? null : latestDayToSit({ deadline: schoolDeadline, resultWeeks, today }),
    earliestAttempt: today,
    eligibilityEnd: '',
    examFeeUSD: 680,
    ...fields,
    schoolDeadline,
  };
}

describe('deadline notices', () => {
  it('say nothing when the exam date is within the latest day to sit and the eligibility period', () => {
    expect(deadlineNotices(input({ examDate: '2027-03-19', eligibilityEnd: '2027-03-31' }))).toEqual([]);
    expect(deadlineNotices(input({ schoolDeadline: '' }))).toEqual([]);
  });

  it('say, for an exam date after the latest day to sit, by how much the result misses the deadline and what can be done', () => {
    const [notice] = deadlineNotices(input({ examDate: '2027-03-26' }));
    expect(notice?.kind).toBe('after-latest-day');
    expect(notice?.sentences).toEqual([
      "Your exam date, Fri 26 Mar 2027, is after your latest day to sit, Fri 19 Mar 2027. With 6 weeks for the result, it would arrive around Fri 7 May 2027: 7 days after your school's deadline, Fri 30 Apr 2027.",
      'You can choose an earlier date, on or before Fri 19 Mar 2027, or ask your school whether the deadline can move. Your plan is made for Fri 26 Mar 2027 all the same.',
    ]);
  });

  it('count the July release for an exam date in the slow-result window', () => {
    const [notice] = deadlineNotices(input({ schoolDeadline: '2027-07-01', resultWeeks: 4, examDate: '2027-05-20' }));
    expect(notice?.sentences[0]).toContain('it would arrive around Wed 14 Jul 2027: 13 days after');
  });

  it('name the no-testing weeks for an exam date in early January', () => {
    const [notice] = deadlineNotices(input({ schoolDeadline: '2027-02-15', examDate: '2027-01-08' }));
    expect(notice).toEqual({
      kind: 'no-testing',
      sentences: [expect.stringMatching(/first two weeks of January.*sit by Thu 31 Dec 2026/)],
    });
  });

  it('say, for an exam date after the eligibility period, that the one-time extension exists, what it costs, by when, and what expiry means', () => {
    const [notice] = deadlineNotices(
      input({ schoolDeadline: '', examDate: '2027-04-10', eligibilityEnd: '2027-03-31' }),
    );
    expect(notice?.kind).toBe('outside-eligibility');
    const text = notice?.sentences.join(' ') ?? '';
    expect(text).toContain('after your eligibility period ends, Wed 31 Mar 2027');
    expect(text).toContain('one-time 3-month extension exists (to Wed 30 Jun 2027): it costs $70');
    expect(text).toContain('must be received by Sun 25 Apr 2027, 25 days after the period ends');
    expect(text).toContain('you apply again and pay the full exam fee ($680) again');
    expect(text).not.toContain('Even the extension');
  });

  it('say when even the extension ends before the exam date', () => {
    const [notice] = deadlineNotices(
      input({ schoolDeadline: '', examDate: '2027-07-10', eligibilityEnd: '2027-03-31', examFeeUSD: 700 }),
    );
    expect(notice?.sentences).toContain('Even the extension ends before your exam date.');
    expect(notice?.sentences.at(-1)).toContain('($700)');
  });

  it('say plainly and kindly when the earliest attempt the rules allow leaves no date before the deadline, pointing to the dean or advisor', () => {
    const notices = deadlineNotices(input({ earliestAttempt: '2027-04-01', examDate: '2027-04-01' }));
    expect(notices.map((n) => n.kind)).toEqual(['no-date-fits']);
    const text = notices[0]!.sentences.join(' ');
    expect(text).toContain(
      'The attempt rules allow your next attempt on Thu 1 Apr 2027 at the earliest. With 6 weeks for the result, it would come around Thu 13 May 2027',
    );
    expect(text).toMatch(/dean or advisor/);
    expect(text).not.toMatch(/harder|more effort/i);
  });

  it('say so when no day from today leaves the allowance before the deadline', () => {
    const notices = deadlineNotices(input({ schoolDeadline: '2027-01-05' }));
    expect(notices[0]?.kind).toBe('no-date-fits');
    expect(notices[0]?.sentences[0]).toBe(
      "No day from today on leaves 6 weeks for the result before your school's deadline, Tue 5 Jan 2027.",
    );
  });

  it('give both the deadline and the eligibility notice when both apply, the deadline first', () => {
    const notices = deadlineNotices(input({ examDate: '2027-04-10', eligibilityEnd: '2027-03-31' }));
    expect(notices.map((n) => n.kind)).toEqual(['after-latest-day', 'outside-eligibility']);
  });
});
