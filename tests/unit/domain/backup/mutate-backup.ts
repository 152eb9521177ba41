// fast-check arbitraries for broken backups: a valid backup with one to three mutations at random places (wrong
// types, removed fields, impossible dates, negative and huge numbers, huge strings, extra junk).
import fc from 'fast-check';
import { sampleBackup } from './sample-backup';

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const badValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '2025-02-29',
    '26-1-1',
    '',
    'today',
    '2026-11-25T25:00:00Z',
    -1,
    -0.5,
    -1e9,
    1e300,
    0.1,
    2 ** 53,
    true,
    null,
    [],
    {},
    'x'.repeat(100_000),
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export type Mutation =
  | { at: number; kind: 'replace'; value: Json }
  | { at: number; kind: 'delete' }
  | { at: number; kind: 'junk'; key: string; value: Json }
  | { at: number; kind: 'retype' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant('replace' as const), value: badValue }),
  fc.record({ at: fc.nat(), kind: fc.constant('delete' as const) }),
  fc.record({
    at: fc.nat(),
    kind: fc.constant('junk' as const),
    key: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'id')),
    value: badValue,
  }),
  fc.record({ at: fc.nat(), kind: fc.constant('retype' as const) }),
);

/** A value of another JSON type that a careless tool might write for it. */
function retyped(value: Json): Json {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return Number.isNaN(Number(value)) ? [value] : Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [i, v]));
  if (value && typeof value === 'object') return Object.values(value);
  return 0;
}

function apply(root: Json, m: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : m.kind === 'retype' ? retyped(root) : root;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (m.kind === 'replace') parent[key] = m.value;
  else if (m.kind === 'retype') parent[key] = retyped(parent[key]);
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    const target = parent[key];
    if (target && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    else if (Array.isArray(target)) target.push(m.value);
  }
  return root;
}

/** The text of a sample backup after the mutations. */
export const mutatedBackupText: fc.Arbitrary<string> = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((mutations) => {
    let root: Json = JSON.parse(JSON.stringify(sampleBackup()));
    for (const m of mutations) root = apply(root, m);
    return JSON.stringify(root) ?? 'undefined';
  });

/** The forms every refusal takes: the file as a whole, or one field named by its path. */
export const REFUSAL =
  /^(This file is .+|This is not a Retake Coach backup \(format: .+\)\.|This backup was made by a newer version \(schema \d+\); this extension knows up to \d+\. Update the extension first\.|schemaVersion: must be a whole number from 1 \(found .+\)\.|[\w$]+(\.[\w$]+|\[\d+\]|\["[^\n]*"\])*: .+)$/s;
