import { createServer } from 'node:http';
import type { ContactListQuery } from '@spilno/schema';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { engineOf, sqlitePath } from '../apps/server/src/db/connection.ts';
import type { DB } from '../apps/server/src/db/types.ts';
import type { Ctx } from '../apps/server/src/http/context.ts';
import { contactPageQuery } from '../apps/server/src/modules/contacts/contacts.repo.ts';
import { DEFAULT_DB } from './lib/args.ts';

/**
 * The floor Spilno is measured against: node:http and the database driver, nothing else. It
 * answers the contact list and search with the very SQL Spilno runs, built by the contacts
 * repo's `contactPageQuery` (Kysely only compiles here; the driver executes a cached prepared
 * statement) and sends the rows as they come, without auth, validation or presentation.
 */
const url = process.env.DATABASE_URL ?? DEFAULT_DB;
const engine = engineOf(url);
const port = Number(process.env.PORT ?? 3999);

let execute: (text: string, params: readonly unknown[]) => Promise<unknown[]>;
let db: Kysely<DB>;
if (engine === 'sqlite') {
  const sqlite = new SQLite(sqlitePath(url), { readonly: true });
  sqlite.pragma('cache_size = -64000');
  db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  const statements = new Map<string, SQLite.Statement>();
  execute = async (text, params) => {
    let stmt = statements.get(text);
    if (!stmt) {
      stmt = sqlite.prepare(text);
      statements.set(text, stmt);
    }
    return stmt.all(...params);
  };
} else {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  execute = async (text, params) => (await pool.query({ text, values: params as unknown[] })).rows;
}

// A manager reads every contact, so no owner scope is added: the same WHERE Spilno builds for one.
const ctx = { db, engine, user: { id: '', role: 'manager', name: '', email: '', status: 'active' } } as unknown as Ctx;

createServer(async (req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  if (u.pathname === '/health') return res.end('ok');
  if (u.pathname !== '/api/v1/contacts') {
    res.statusCode = 404;
    return res.end();
  }
  try {
    const limit = Number(u.searchParams.get('limit') ?? 50);
    const query = contactPageQuery(ctx, {
      limit,
      q: u.searchParams.get('q') ?? undefined,
      tag: u.searchParams.get('tag') ?? undefined,
      sort: (u.searchParams.get('sort') ?? 'name') as ContactListQuery['sort'],
    }).compile();
    const rows = await execute(query.sql, query.parameters);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ items: rows.slice(0, limit), nextCursor: null }));
  } catch (e) {
    res.statusCode = 500;
    res.end(String(e));
  }
}).listen(port, '127.0.0.1');
