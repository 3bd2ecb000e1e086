import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import type { DB } from './types.ts';
import { waitingForWriteLock } from './write-lock.ts';

export type Engine = 'sqlite' | 'postgres';
/** `schema` is set when PostgreSQL works in a schema other than the default (test isolation). */
export type Database = { db: Kysely<DB>; engine: Engine; schema?: string; close: () => Promise<void> };

const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;

/** PostgreSQL returns timestamps and counts the way SQLite does: ISO strings and numbers. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_TIMESTAMPTZ) return (v: string) => new Date(v).toISOString();
    if (oid === PG_TIMESTAMP) return (v: string) => new Date(`${v}Z`).toISOString();
    if (oid === PG_INT8) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** `sqlite://./data/x.db`, `sqlite:///abs/x.db`, `sqlite::memory:` or a bare path. */
export function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return path === ':memory:' ? path : resolve(path);
}

export function openDatabase(url: string, options: { pgSchema?: string; poolSize?: number } = {}): Database {
  if (engineOf(url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      types: pgTypes,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema},public` } : {}),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', ...(options.pgSchema ? { schema: options.pgSchema } : {}), close: () => db.destroy() };
  }
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL makes NORMAL durable against application crashes; a power loss may drop the last commits.
  sqlite.pragma('synchronous = NORMAL');
  // SQLite's own page cache (2 MB by default) holds the upper levels of the big indexes; every
  // page it misses is a system call into the OS cache. 64 MB took a 100,000-row import into a
  // million contacts from 139 s to 96 s.
  sqlite.pragma(`cache_size = -${64 * 1024}`);
  const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: cachedStatements(sqlite) }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

/**
 * Transactions take SQLite's write lock when they begin (`begin immediate`), so one that must wait
 * for another connection's writer (the job thread's) waits at its start, within busy_timeout.
 * With a plain `begin` a transaction that read first and then wrote would fail at once with
 * SQLITE_BUSY: its snapshot is stale by then, and waiting cannot help it.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.settings);
  }
}
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

const STATEMENT_CACHE = 1000;

/**
 * better-sqlite3 compiles SQL on every `prepare`, and Kysely prepares on every query: for the
 * short queries of an API request the compiling costs more than running them. Statements are
 * kept by SQL text, least recently used dropped first; one still being iterated (a stream) is
 * busy, so a second use of the same text gets a fresh statement.
 */
function cachedStatements(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = lockCounted(sqlite, sqlite.prepare(sql));
      if (hit) return statement;
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

/**
 * Counts the connection while a write waits for the lock (see write-lock.ts): `begin immediate`,
 * or a write outside a transaction (through `all` when it returns rows); better-sqlite3 waits
 * inside the call. Inside a transaction the lock is already held.
 */
function lockCounted(sqlite: SQLite.Database, statement: SQLite.Statement): SQLite.Statement {
  if (statement.readonly) return statement;
  const run = statement.run.bind(statement);
  const all = statement.all.bind(statement);
  statement.run = (...params: unknown[]) => (sqlite.inTransaction ? run(...params) : waitingForWriteLock(() => run(...params)));
  statement.all = (...params: unknown[]) => (sqlite.inTransaction ? all(...params) : waitingForWriteLock(() => all(...params)));
  return statement;
}

export function parseJson<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
