import SQLite from 'better-sqlite3';
import { engineOf, sqlitePath } from '../apps/server/src/db/connection.ts';
import { newId } from '../apps/server/src/lib/ids.ts';
import { DEFAULT_DB, parseArgs } from './lib/args.ts';

/**
 * `npm run bench:import-floor`: the least an import of 100,000 contacts into the data set can
 * cost on SQLite, whatever the application does: rows copied from existing contacts (new ids,
 * names and channel values, so every index takes a new entry) written with prepared statements
 * into the same tables, indexes and full-text triggers the server writes, no parsing, mapping,
 * de-duplication, validation or query building. Removed again afterwards. The CSV import of
 * `npm run bench` is compared against this floor, as the contact list is against `baseline.ts`.
 *
 *   --rows 100000 --batch 2000 --cache-mb 64 --checkpoint 1000   (the server's batch and settings)
 *   --no-fts   drops the full-text triggers for the run (put back afterwards)
 *   --fts-hashsize MB, --fts-automerge N   FTS5 settings for the run (put back afterwards)
 */
const args = parseArgs();
const url = process.env.DATABASE_URL ?? DEFAULT_DB;
if (engineOf(url) !== 'sqlite') {
  console.error('The import floor is measured on SQLite (DATABASE_URL=sqlite://…).');
  process.exit(2);
}
const rows = Number(args.get('rows') ?? 100_000);
const batch = Number(args.get('batch') ?? 2000);
const cacheMb = Number(args.get('cache-mb') ?? 64);
const checkpoint = Number(args.get('checkpoint') ?? 1000);

const db = new SQLite(sqlitePath(url));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma(`cache_size = -${cacheMb * 1024}`);
db.pragma(`wal_autocheckpoint = ${checkpoint}`);

const { maxRid } = db.prepare('select max(rid) as maxRid from contacts').get() as { maxRid: number | null };
if (!maxRid) {
  console.error('No contacts: generate the data set first (npm run bench:data -- --scale large).');
  process.exit(2);
}
type Row = Record<string, unknown> & { name_sort: string; phones: string; emails: string; tags: string };
const source = db.prepare('select * from contacts where rid = ?');
const copies: Row[] = [];
while (copies.length < rows) {
  const row = source.get(1 + Math.floor(Math.random() * maxRid)) as Row | undefined;
  if (row) copies.push(row);
}

const triggers = db
  .prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'contacts' and name like 'contacts_fts_%'")
  .all() as { name: string; sql: string }[];
const noFts = args.has('no-fts');
if (noFts) for (const t of triggers) db.exec(`drop trigger ${t.name}`);
// FTS5 keeps its settings in the index; those given here hold for the run only.
const ftsSettings = {
  hashsize: Number(args.get('fts-hashsize') ?? 0) * 1024 * 1024,
  automerge: Number(args.get('fts-automerge') ?? 0),
};
const ftsConfig = (k: string) =>
  (db.prepare('select v from contacts_fts_config where k = ?').get(k) as { v: number } | undefined)?.v;
const ftsBefore = { hashsize: ftsConfig('hashsize') ?? 1024 * 1024, automerge: ftsConfig('automerge') ?? 4 };
const setFts = (values: Record<string, number>) => {
  // A literal: FTS5 wants an integer, and a bound JS number is a float.
  for (const [k, v] of Object.entries(values))
    if (v) db.exec(`insert into contacts_fts(contacts_fts, rank) values ('${k}', ${v})`);
};
setFts(ftsSettings);

const columns = Object.keys(copies[0] as Row).filter((c) => c !== 'rid');
const insertContact = db.prepare(
  `insert into contacts (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
);
const insertChannel = db.prepare(
  'insert into contact_channels (contact_id, kind, value, created_at, updated_at) values (?, ?, ?, ?, ?)',
);
const insertTag = db.prepare(
  'insert into contact_tags (contact_id, tag, name_sort, created_at, updated_at) values (?, ?, ?, ?, ?)',
);
const at = new Date().toISOString();
const fresh = () => Math.random().toString(36).slice(2, 7);

const t0 = performance.now();
let commits = 0;
try {
  for (let from = 0; from < copies.length; from += batch) {
    db.exec('begin');
    for (const row of copies.slice(from, from + batch)) {
      const id = newId();
      const name_sort = `${row.name_sort} ${fresh()}`;
      insertContact.run({ ...row, id, name_sort, created_at: at, updated_at: at, last_contacted_at: null });
      for (const p of JSON.parse(row.phones) as { value: string }[])
        insertChannel.run(id, 'phone', `${p.value}${Math.floor(Math.random() * 1e4)}`, at, at);
      for (const e of JSON.parse(row.emails) as { value: string }[])
        insertChannel.run(id, 'email', `${fresh()}.${e.value}`, at, at);
      for (const tag of JSON.parse(row.tags) as string[]) insertTag.run(id, tag, name_sort, at, at);
    }
    const c0 = performance.now();
    db.exec('commit');
    commits += performance.now() - c0;
  }
  const t1 = performance.now();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const t2 = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${rows.toLocaleString('en')} contacts into ${maxRid.toLocaleString('en')}, batches of ${batch}, cache ${cacheMb} MB, ` +
      `autocheckpoint ${checkpoint || 'off'}${noFts ? ', no full-text index' : ''}, FTS5 ${JSON.stringify(ftsSettings)}: ${s(t2 - t0)} ` +
      `(inserts ${s(t1 - t0 - commits)}, commits ${s(commits)}, final checkpoint ${s(t2 - t1)})`,
  );
} finally {
  db.exec('begin');
  db.prepare('delete from contact_channels where contact_id in (select id from contacts where rid > ?)').run(maxRid);
  db.prepare('delete from contact_tags where contact_id in (select id from contacts where rid > ?)').run(maxRid);
  db.prepare('delete from contacts where rid > ?').run(maxRid);
  db.exec('commit');
  if (noFts) for (const t of triggers) db.exec(t.sql);
  setFts(ftsBefore);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
