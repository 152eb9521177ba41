// The field types a backup is built from, each with the message a student reads when a value is wrong. Bounds are
// generous (a typo or a hostile file is refused, real data never is) and every string and list is capped so that a
// file cannot fill the database.
import * as v from 'valibot';
import { isDayKey } from '../day';
import { TEXT_LIMITS } from '../limits';

/** Whole numbers from `min` to `max`. */
export const whole = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be ${min} or more`),
    v.maxValue(max, `must be ${max} or less`),
  );

/** Any finite number from `min` to `max` (percentages may have decimals). */
export const decimal = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(min, `must be ${min} or more`),
    v.maxValue(max, `must be ${max} or less`),
  );

export const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));

/** Record ids: the app makes UUIDs or short planner ids. */
export const id = () =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(TEXT_LIMITS.id, `must be at most ${TEXT_LIMITS.id} characters`),
  );

export const flag = () => v.boolean('must be true or false');

/** A real calendar date: 2026-02-30 is refused. */
export const day = () =>
  v.pipe(
    v.string('must be a date (YYYY-MM-DD)'),
    v.check((s) => isDayKey(s), 'must be a real date (YYYY-MM-DD)'),
  );

/** A date, or '' where the app keeps "not set yet". */
export const dayOrEmpty = () =>
  v.pipe(
    v.string('must be a date (YYYY-MM-DD) or empty'),
    v.check((s) => s === '' || isDayKey(s), 'must be a real date (YYYY-MM-DD) or empty'),
  );

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO time such as new Date().toISOString() writes, with a real date; '' where the app has not set it. */
export const isoTimeOrEmpty = () =>
  v.pipe(
    v.string('must be a time (ISO 8601)'),
    v.check(
      (s) => s === '' || (ISO_TIME.test(s) && isDayKey(s.slice(0, 10))),
      'must be a real time (ISO 8601, like 2026-11-25T18:00:00.000Z)',
    ),
  );

/** 'HH:MM' on a 24-hour clock. */
export const clock = () =>
  v.pipe(
    v.string('must be a time (HH:MM)'),
    v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day (HH:MM, 00:00 to 23:59)'),
  );

/** Milliseconds since 1970 up to the year 3000 (focus sessions keep timestamps). */
export const epochMs = () => whole(0, 32_503_680_000_000);

export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, `must be one of: ${options.join(', ')}`);

export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must hold at most ${max} items`));

export const OBJECT = 'must be an object';

/** A list of records keyed by `id`: two records with one id would silently become one in the database. */
export const records = <T extends v.GenericSchema<unknown, { id: string }>>(item: T, max: number) =>
  v.pipe(
    list(item, max),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      dataset.value.forEach((record, index) => {
        if (seen.has(record.id)) {
          addIssue({
            message: `${JSON.stringify(record.id.slice(0, 40))} is the id of an earlier record too`,
            path: [
              { type: 'array', origin: 'value', input: dataset.value, key: index, value: record },
              { type: 'object', origin: 'value', input: record, key: 'id', value: record.id },
            ],
          });
        }
        seen.add(record.id);
      });
    }),
  );
