import type { ColumnDataType, Expression } from 'kysely';
import type { Engine } from '../connection.ts';

type ColumnType = ColumnDataType | Expression<unknown>;

/** Column types that differ between the engines, so one migration serves both. */
export function columnTypes(engine: Engine): { id: ColumnType; timestamp: ColumnType; bool: ColumnType; json: ColumnType } {
  const pg = engine === 'postgres';
  return {
    id: pg ? 'uuid' : 'text',
    timestamp: pg ? 'timestamptz' : 'text',
    bool: pg ? 'boolean' : 'integer',
    json: pg ? 'jsonb' : 'text',
  };
}
