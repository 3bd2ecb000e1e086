import { type CustomFilter, parseCustomFilter } from '@spilno/schema';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Engine } from '../../db/connection.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** One custom field's value read the same way on both engines: its JSON type and its text. */
function fieldOf(engine: Engine, key: string) {
  if (engine === 'sqlite') {
    const path = `$."${key}"`;
    const type = sql<string>`json_type(contacts.custom_fields, ${path})`;
    const raw = sql`json_extract(contacts.custom_fields, ${path})`;
    return {
      // json_extract turns true into 1; spell booleans as PostgreSQL's ->> does so `vip:true` matches on both.
      text: sql<string>`(case ${type} when 'true' then 'true' when 'false' then 'false' else cast(${raw} as text) end)`,
      isNumber: sql<SqlBool>`${type} in ('integer', 'real')`,
      isText: sql<SqlBool>`${type} = 'text'`,
      number: raw,
    };
  }
  const type = sql<string>`jsonb_typeof(contacts.custom_fields->${key})`;
  const text = sql<string>`(contacts.custom_fields->>${key})`;
  return {
    text,
    isNumber: sql<SqlBool>`${type} = 'number'`,
    isText: sql<SqlBool>`${type} = 'string'`,
    // CASE, not AND: PostgreSQL may evaluate either side of an AND first, and a text cast to numeric fails.
    number: sql`(case when ${type} = 'number' then ${text}::numeric end)`,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause of one custom-field filter. Ranges compare numbers as numbers when the bound
 * is a number, and text otherwise (dates are stored as YYYY-MM-DD, which sorts as text). "Contains"
 * ignores case (on SQLite for Latin letters only, as its LIKE does).
 */
export function customFieldCondition(engine: Engine, filter: CustomFilter): RawBuilder<SqlBool> {
  const f = fieldOf(engine, filter.key);
  const v = filter.value;
  switch (filter.op) {
    case ':':
      return sql<SqlBool>`${f.text} = ${v}`;
    case '!:':
      return sql<SqlBool>`(${f.text} is null or ${f.text} <> ${v})`;
    case '~': {
      const pattern = `%${escapeLike(v)}%`;
      return engine === 'sqlite'
        ? sql<SqlBool>`${f.text} like ${pattern} escape '\\'`
        : sql<SqlBool>`${f.text} ilike ${pattern} escape '\\'`;
    }
    case '>=':
    case '<=': {
      const op = sql.raw(filter.op);
      if (NUMBER.test(v)) {
        const bound = engine === 'sqlite' ? sql`${Number(v)}` : sql`${v}::numeric`;
        return sql<SqlBool>`(${f.isNumber} and ${f.number} ${op} ${bound})`;
      }
      return sql<SqlBool>`(${f.isText} and ${f.text} ${op} ${v})`;
    }
  }
}

/** The list's `custom` parameter (one or several filters) as conditions; the schema has checked their shape. */
export function customFieldConditions(engine: Engine, custom: string | string[] | undefined): RawBuilder<SqlBool>[] {
  return [custom ?? []]
    .flat()
    .map(parseCustomFilter)
    .filter((f): f is CustomFilter => f !== null)
    .map((f) => customFieldCondition(engine, f));
}
