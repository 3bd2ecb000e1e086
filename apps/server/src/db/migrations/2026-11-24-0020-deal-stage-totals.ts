import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * The deal board's column totals, kept up to date by triggers on `deals`: the board summed every
 * deal of the pipeline on each view (won and lost ones included: 450,000 index entries, ~20 ms, at
 * 500,000 deals), now it reads a row per stage, owner and currency. `owner_key` is '' for deals
 * without an owner, so the key has no NULL in it.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const big = engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('deal_stage_totals')
    .addColumn('stage_id', columnTypes(engine).id, (c) => c.notNull())
    .addColumn('owner_key', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('deals', big, (c) => c.notNull())
    .addColumn('amount_minor', big, (c) => c.notNull())
    .addColumn('weighted', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_stage_totals_pk', ['stage_id', 'owner_key', 'currency'])
    .execute();

  const add = (row: 'new') => `insert into deal_stage_totals (stage_id, owner_key, currency, deals, amount_minor, weighted)
    values (${row}.stage_id, coalesce(cast(${row}.owner_id as text), ''), ${row}.currency, 1, ${row}.amount_minor, ${row}.amount_minor * ${row}.probability)
    on conflict (stage_id, owner_key, currency) do update set deals = deal_stage_totals.deals + 1,
      amount_minor = deal_stage_totals.amount_minor + excluded.amount_minor, weighted = deal_stage_totals.weighted + excluded.weighted`;
  const remove = (
    row: 'old',
  ) => `update deal_stage_totals set deals = deals - 1, amount_minor = amount_minor - ${row}.amount_minor,
      weighted = weighted - ${row}.amount_minor * ${row}.probability
    where stage_id = ${row}.stage_id and owner_key = coalesce(cast(${row}.owner_id as text), '') and currency = ${row}.currency`;
  const watched = 'stage_id, owner_id, currency, amount_minor, probability';

  if (engine === 'sqlite') {
    await sql.raw(`create trigger deals_totals_ai after insert on deals begin ${add('new')}; end`).execute(db);
    await sql.raw(`create trigger deals_totals_ad after delete on deals begin ${remove('old')}; end`).execute(db);
    await sql
      .raw(`create trigger deals_totals_au after update of ${watched} on deals begin ${remove('old')}; ${add('new')}; end`)
      .execute(db);
  } else {
    await sql
      .raw(`create function deal_stage_totals_apply() returns trigger language plpgsql as $$
        begin
          if tg_op in ('UPDATE', 'DELETE') then ${remove('old')}; end if;
          if tg_op in ('UPDATE', 'INSERT') then ${add('new')}; end if;
          return null;
        end $$`)
      .execute(db);
    await sql
      .raw(`create trigger deals_totals after insert or delete or update of ${watched} on deals
        for each row execute function deal_stage_totals_apply()`)
      .execute(db);
  }
  await sql`insert into deal_stage_totals (stage_id, owner_key, currency, deals, amount_minor, weighted)
    select stage_id, coalesce(cast(owner_id as text), ''), currency, count(*), sum(amount_minor), sum(amount_minor * probability)
    from deals group by stage_id, coalesce(cast(owner_id as text), ''), currency`.execute(db);
}
