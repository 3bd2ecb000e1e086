import { type RawBuilder, sql } from 'kysely';

/** Case-insensitive "contains" that treats % and _ typed by a user as plain characters. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
