import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../test/harness.ts';
import { type Database, openDatabase } from './connection.ts';
import { migrateToLatest } from './migrate.ts';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => {
  await database.close();
  await drop();
});

async function columnsByTable(db: Database): Promise<Map<string, string[]>> {
  const tables = await db.db.introspection.getTables();
  // Kysely's own bookkeeping and SQLite's FTS5 index tables are not ours to stamp, nor figures
  // that triggers keep from other rows (the rows they sum carry the stamps).
  const derived = new Set(['deal_stage_totals']);
  const ours = (name: string) => !name.startsWith('kysely_') && !/_fts($|_)/.test(name) && !derived.has(name);
  return new Map(tables.filter((t) => ours(t.name)).map((t) => [t.name, t.columns.map((c) => c.name)]));
}

describe(`migrations on ${testEngine}`, () => {
  it('apply from scratch, then are a no-op', async () => {
    expect((await migrateToLatest(database)).length).toBeGreaterThan(0);
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('give every table an id, created_at and updated_at', async () => {
    const tables = await columnsByTable(database);
    expect([...tables.keys()]).toEqual(
      expect.arrayContaining(['users', 'sessions', 'audit_log', 'contacts', 'companies', 'activities', 'contact_channels']),
    );
    for (const [name, columns] of tables) {
      expect(columns, name).toEqual(expect.arrayContaining(['created_at', 'updated_at']));
    }
  });
});

describe.runIf(testEngine === 'sqlite')('SQLite settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spilno-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses WAL, foreign keys and a busy timeout on a file database', async () => {
    const file = openDatabase(`sqlite://${join(dir, 'x.db')}`);
    const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(file.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    await file.close();
  });
});
