import { sql } from 'kysely';
import { POOLS } from '../../apps/server/src/cli/demo-data/names.ts';
import { openDatabase } from '../../apps/server/src/db/connection.ts';
import { phoneSearchForms } from '../../apps/server/src/lib/phones.ts';
import { benchEmail } from '../data/context.ts';

/** Real values from the generated database, so every request asks for something that exists. */
export type Dataset = {
  contactIds: string[];
  surnames: string[];
  /** Partial phones as people type them, e.g. `99-152`, cut from stored numbers. */
  phoneFragments: string[];
  tags: string[];
  contacts: number;
  /** Active catalogue products, for order lines (empty before the sales tables exist). */
  productIds: string[];
  /** The id of manager1, whom the scenarios sign in as ("my tasks" passes it, as the web app does). */
  managerId: string;
};

export const TAGS = ['new', 'returning', 'wholesale', 'retail', 'vip'];

export async function loadDataset(url: string, size = 2000): Promise<Dataset> {
  const database = openDatabase(url, { poolSize: 1 });
  const { db } = database;
  try {
    const count = Number(
      (
        await db
          .selectFrom('contacts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (count === 0) throw new Error(`${url} holds no contacts: run npm run bench:data first`);
    let ids: string[];
    if (database.engine === 'sqlite') {
      // rid is dense after a generated load; random rids are a uniform sample without a full scan.
      const max = Number((await sql<{ m: number }>`select max(rid) as m from contacts`.execute(db)).rows[0]?.m ?? 0);
      const rids = Array.from({ length: size }, () => 1 + Math.floor(Math.random() * max));
      ids = (await sql<{ id: string }>`select id from contacts where rid in (${sql.join(rids)})`.execute(db)).rows.map(
        (r) => r.id,
      );
    } else {
      const pct = Math.min(100, (size * 300) / count);
      ids = (
        await sql<{ id: string }>`select id from contacts tablesample system (${sql.lit(pct)}) limit ${size}`.execute(db)
      ).rows.map((r) => r.id);
    }
    const phones = await db
      .selectFrom('contact_channels')
      .select('value')
      .where('kind', '=', 'phone')
      .where('contact_id', 'in', ids.slice(0, 500))
      .execute();
    const phoneFragments = phones.map((p) => {
      const national = phoneSearchForms(p.value).at(-1) ?? '';
      const digits = national.replace(/^0/, '').slice(0, 5);
      return `${digits.slice(0, 2)}-${digits.slice(2)}`;
    });
    const surnames = Object.values(POOLS).flatMap((p) => p.surnames.flat());
    const productIds = (await sql<{ n: number }>`select count(*) as n from products`.execute(db).catch(() => null))
      ? (await db.selectFrom('products').select('id').where('active', '=', 1).limit(1000).execute()).map((r) => r.id)
      : [];
    const manager = await db.selectFrom('users').select('id').where('email', '=', benchEmail('manager', 1)).executeTakeFirst();
    return {
      contactIds: ids,
      surnames: [...new Set(surnames)],
      phoneFragments,
      tags: TAGS,
      contacts: count,
      productIds,
      managerId: manager?.id ?? '',
    };
  } finally {
    await database.close();
  }
}
