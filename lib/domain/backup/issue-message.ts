// A validation issue as one sentence that names the field: "tasks[12].minutes: must be 0 or more".
import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** `tasks[12].minutes`; a key that is not a plain name is quoted and cut short (it may be junk from the file). */
export function issuePath(issue: Issue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]{0,60}$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key).slice(0, 40))}]`;
  }
  return out;
}

export function issueMessage(issue: Issue): string {
  const path = issuePath(issue);
  const objectKey = (issue.type === 'object' || issue.type === 'strict_object') && path !== '';
  let what = issue.message;
  if (objectKey && issue.expected === 'never') what = 'is not a field this version of Retake Coach knows';
  else if (objectKey && issue.received === 'undefined') what = 'is missing';
  return path ? `${path}: ${what}` : what;
}
