import SQLite from 'better-sqlite3';
import pg from 'pg';

/**
 * Where generated rows go, bypassing Kysely: per-row query building would cost more than the
 * insert itself at millions of rows. Values arrive in the neutral form below and each engine
 * encodes them as the server's migrations declared the column (json text vs jsonb, 1/0 vs bool;
 * `big` for the bigint money columns, integer on SQLite).
 */
export type ColumnKind = 'text' | 'id' | 'ts' | 'int' | 'big' | 'bool' | 'json';
export type Columns = Record<string, ColumnKind>;
export type Value = string | number | boolean | null | object;

export interface TableWriter {
  /** Resolves at once unless a batch is being written, so generation and I/O overlap. */
  push(row: Value[]): Promise<void> | undefined;
  end(): Promise<void>;
  readonly rows: number;
}

export interface Sink {
  readonly engine: 'sqlite' | 'postgres';
  tables(): Promise<Set<string>>;
  count(table: string): Promise<number>;
  writer(table: string, columns: Columns): TableWriter;
  /** Statements run as they are (maintenance between loads). */
  exec(sqlText: string): Promise<void>;
  /** `update <table> set <column> = value where id = key`, many at once. */
  updateById(table: string, column: string, kind: ColumnKind, pairs: [string, Value][]): Promise<void>;
  /**
   * Drops secondary indexes (and SQLite's FTS insert triggers) of these tables; the returned
   * function recreates them. The definitions are saved in the database first (bench_deferred),
   * so an interrupted load is repaired by `restoreDeferred()` on the next run.
   */
  deferIndexes(tables: string[]): Promise<() => Promise<void>>;
  restoreDeferred(): Promise<number>;
  /** Empties these tables (children first) for a --force run. */
  clear(tables: string[]): Promise<void>;
  close(): Promise<void>;
}

type Deferred = { type: string; name: string; tbl: string; sql: string };
const jsonText = (v: Value) => (v === null ? null : JSON.stringify(v));

export class SqliteSink implements Sink {
  readonly engine = 'sqlite';
  private readonly db: SQLite.Database;
  private pending = 0;

  constructor(path: string) {
    this.db = new SQLite(path);
    // A bulk load of a fresh file: a crash means generating again, so durability is traded for speed.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -1000000');
    this.db.pragma('temp_store = MEMORY');
    // Rows are consistent by construction; checking every reference would double the lookups.
    this.db.pragma('foreign_keys = OFF');
    this.db.exec('begin');
  }

  async tables() {
    const rows = this.db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    return new Set(rows.map((r) => r.name));
  }

  async count(table: string) {
    return (this.db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  }

  /** Commits every ~10k rows, so the WAL stays small and progress is durable in steps. */
  private wrote(n: number) {
    this.pending += n;
    if (this.pending >= 10_000) {
      this.db.exec('commit; begin');
      this.pending = 0;
    }
  }

  writer(table: string, columns: Columns): TableWriter {
    const names = Object.keys(columns);
    const kinds = Object.values(columns);
    const tuple = `(${names.map(() => '?').join(',')})`;
    // Many rows per statement: one call into SQLite per 64 rows instead of per row.
    const PER = 64;
    const many = this.db.prepare(`insert into ${table} (${names.join(',')}) values ${Array(PER).fill(tuple).join(',')}`);
    const one = this.db.prepare(`insert into ${table} (${names.join(',')}) values ${tuple}`);
    const encode = (v: Value, k: ColumnKind) => (k === 'json' ? jsonText(v) : k === 'bool' ? (v ? 1 : 0) : v);
    let buf: unknown[] = [];
    let rows = 0;
    return {
      push: (row) => {
        for (let i = 0; i < row.length; i++) buf.push(encode(row[i] as Value, kinds[i] as ColumnKind));
        rows++;
        if (buf.length === PER * names.length) {
          many.run(buf);
          buf = [];
          this.wrote(PER);
        }
        return undefined;
      },
      end: async () => {
        for (let i = 0; i < buf.length; i += names.length) one.run(buf.slice(i, i + names.length));
        buf = [];
        this.db.exec('commit; begin');
        this.pending = 0;
      },
      get rows() {
        return rows;
      },
    };
  }

  async exec(sqlText: string) {
    this.db.exec(sqlText);
  }

  async updateById(table: string, column: string, kind: ColumnKind, pairs: [string, Value][]) {
    const stmt = this.db.prepare(`update ${table} set ${column} = ? where id = ?`);
    for (const [id, v] of pairs) {
      stmt.run(kind === 'json' ? jsonText(v) : v, id);
      this.wrote(1);
    }
  }

  async deferIndexes(tables: string[]) {
    const list = tables.map((t) => `'${t}'`).join(',');
    // The definitions come from the database itself, i.e. exactly as the migrations created them.
    const defs = this.db
      .prepare(
        `select type, name, tbl_name as tbl, sql from sqlite_master
         where sql is not null and tbl_name in (${list})
           and (type = 'index' or (type = 'trigger' and name like '%\\_fts\\_ai' escape '\\'))`,
      )
      .all() as Deferred[];
    this.db.exec('create table if not exists bench_deferred (type text, name text, tbl text, sql text)');
    const save = this.db.prepare('insert into bench_deferred values (?, ?, ?, ?)');
    for (const d of defs) save.run(d.type, d.name, d.tbl, d.sql);
    for (const d of defs) this.db.exec(`drop ${d.type} ${d.name}`);
    this.db.exec('commit; begin');
    return async () => {
      await this.restoreDeferred();
    };
  }

  async restoreDeferred() {
    if (!(await this.tables()).has('bench_deferred')) return 0;
    const defs = this.db.prepare('select * from bench_deferred').all() as Deferred[];
    for (const d of defs.filter((x) => x.type === 'index')) this.db.exec(d.sql);
    // External-content FTS tables reindex everything their content table holds.
    for (const d of defs.filter((x) => x.type === 'trigger')) {
      this.db.exec(`insert into ${d.tbl}_fts(${d.tbl}_fts) values ('rebuild')`);
      this.db.exec(d.sql);
    }
    this.db.exec('drop table bench_deferred; commit; begin');
    return defs.length;
  }

  async clear(tables: string[]) {
    // Per-row FTS delete triggers would make this minutes long; empty the indexes wholesale instead.
    const triggers = this.db
      .prepare("select name, tbl_name as tbl, sql from sqlite_master where type = 'trigger' and name like '%_fts_%'")
      .all() as Deferred[];
    for (const t of triggers) this.db.exec(`drop trigger ${t.name}`);
    for (const t of tables) this.db.exec(`delete from ${t}`);
    for (const tbl of new Set(triggers.map((t) => t.tbl)))
      this.db.exec(`insert into ${tbl}_fts(${tbl}_fts) values ('delete-all')`);
    for (const t of triggers) this.db.exec(t.sql);
    this.db.exec('commit; begin');
  }

  async close() {
    this.db.exec('commit');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.exec('analyze');
    this.db.close();
  }
}

const PG_TYPES: Record<ColumnKind, string> = {
  text: 'text',
  id: 'uuid',
  ts: 'timestamptz',
  int: 'integer',
  big: 'bigint',
  bool: 'boolean',
  json: 'jsonb',
};

export class PgSink implements Sink {
  readonly engine = 'postgres';
  private readonly pool: pg.Pool;

  constructor(url: string) {
    // Two connections: one writes a batch while the generator prepares the next.
    this.pool = new pg.Pool({ connectionString: url, max: 2 });
    // As on SQLite: rows are consistent by construction, and writers of parent and child tables
    // flush independently, so reference checks (triggers) are off for the load; commits need not wait for the disk.
    this.pool.on('connect', (c) => {
      c.query('set session_replication_role = replica; set synchronous_commit = off').catch(() => {});
    });
  }

  async tables() {
    const r = await this.pool.query<{ t: string }>(
      'select table_name as t from information_schema.tables where table_schema = current_schema()',
    );
    return new Set(r.rows.map((x) => x.t));
  }

  async count(table: string) {
    const r = await this.pool.query<{ n: string }>(`select count(*) as n from ${table}`);
    return Number(r.rows[0]?.n ?? 0);
  }

  writer(table: string, columns: Columns): TableWriter {
    const names = Object.keys(columns);
    const kinds = Object.values(columns);
    // One statement per batch: unnest of one array per column, the closest to COPY that stays plain SQL.
    const text = `insert into ${table} (${names.join(',')}) select * from unnest(${kinds
      .map((k, i) => `$${i + 1}::${PG_TYPES[k]}[]`)
      .join(',')})`;
    const BATCH = 5000;
    let cols: unknown[][] = names.map(() => []);
    let size = 0;
    let rows = 0;
    let inFlight: Promise<unknown> = Promise.resolve();
    const flush = async () => {
      const batch = cols;
      cols = names.map(() => []);
      size = 0;
      await inFlight;
      inFlight = this.pool.query(text, batch);
    };
    return {
      push: (row) => {
        for (let i = 0; i < row.length; i++) {
          const v = row[i] as Value;
          (cols[i] as unknown[]).push(kinds[i] === 'json' ? jsonText(v) : v);
        }
        rows++;
        size++;
        return size >= BATCH ? flush() : undefined;
      },
      end: async () => {
        if (size > 0) await flush();
        await inFlight;
      },
      get rows() {
        return rows;
      },
    };
  }

  async exec(sqlText: string) {
    await this.pool.query(sqlText);
  }

  async updateById(table: string, column: string, kind: ColumnKind, pairs: [string, Value][]) {
    for (let i = 0; i < pairs.length; i += 10_000) {
      const chunk = pairs.slice(i, i + 10_000);
      await this.pool.query(
        `update ${table} t set ${column} = v.value from unnest($1::uuid[], $2::${PG_TYPES[kind]}[]) as v(id, value) where t.id = v.id`,
        [chunk.map((p) => p[0]), chunk.map((p) => (kind === 'json' ? jsonText(p[1]) : p[1]))],
      );
    }
  }

  async deferIndexes(tables: string[]) {
    // Plain indexes only: those behind primary keys and unique constraints stay, as they guard the data.
    const r = await this.pool.query<{ name: string; def: string }>(
      `select i.indexname as name, i.indexdef as def from pg_indexes i
       where i.schemaname = current_schema() and i.tablename = any($1)
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [tables],
    );
    await this.pool.query('create table if not exists bench_deferred (name text, def text)');
    for (const d of r.rows) {
      await this.pool.query('insert into bench_deferred values ($1, $2)', [d.name, d.def]);
      await this.pool.query(`drop index ${d.name}`);
    }
    return async () => {
      await this.restoreDeferred();
    };
  }

  async restoreDeferred() {
    if (!(await this.tables()).has('bench_deferred')) return 0;
    const queue = (await this.pool.query<{ name: string; def: string }>('select * from bench_deferred')).rows;
    const n = queue.length;
    // Two builds at a time, one per core; maintenance_work_mem lets each sort in memory.
    const work = async () => {
      const c = await this.pool.connect();
      try {
        await c.query("set maintenance_work_mem = '512MB'");
        for (let d = queue.shift(); d; d = queue.shift()) await c.query(d.def);
      } finally {
        c.release();
      }
    };
    await Promise.all([work(), work()]);
    await this.pool.query('drop table bench_deferred');
    return n;
  }

  async clear(tables: string[]) {
    await this.pool.query(`truncate ${tables.join(', ')} cascade`);
  }

  async close() {
    // VACUUM sets the visibility map a database in use has from autovacuum: without it, every
    // index-only scan (board totals, calendar counts) reads the table rows of a fresh load.
    await this.pool.query('vacuum analyze');
    await this.pool.end();
  }
}
