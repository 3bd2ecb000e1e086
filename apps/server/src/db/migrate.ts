import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './connection.ts';
import * as foundation from './migrations/2026-11-24-0001-foundation.ts';
import * as contacts from './migrations/2026-11-24-0002-contacts.ts';
import * as imports from './migrations/2026-11-24-0003-imports.ts';
import * as sales from './migrations/2026-11-24-0005-sales.ts';
import * as tasks from './migrations/2026-11-24-0006-tasks.ts';
import * as orders from './migrations/2026-11-24-0007-orders.ts';
import * as documents from './migrations/2026-11-24-0008-documents.ts';
import * as webForms from './migrations/2026-11-24-0009-web-forms.ts';
import * as activityDeals from './migrations/2026-11-24-0010-activity-deals.ts';
import * as followUps from './migrations/2026-11-24-0011-follow-ups.ts';
import * as dealBoardIndexes from './migrations/2026-11-24-0012-deal-board-indexes.ts';
import * as taskExceptions from './migrations/2026-11-24-0013-task-exceptions.ts';
import * as importFiles from './migrations/2026-11-24-0014-import-files.ts';
import * as contactAvatars from './migrations/2026-11-24-0015-contact-avatars.ts';
import * as foreignKeyIndexes from './migrations/2026-11-24-0016-foreign-key-indexes.ts';
import * as notificationEmailRetries from './migrations/2026-11-24-0017-notification-email-retries.ts';
import * as taskCalendarIndex from './migrations/2026-11-24-0018-task-calendar-index.ts';
import * as searchWords from './migrations/2026-11-24-0019-search-words.ts';
import * as dealStageTotals from './migrations/2026-11-24-0020-deal-stage-totals.ts';
import * as searchWordsPostgres from './migrations/2026-11-24-0021-search-words-postgres.ts';

/** Append-only, in order. Each migration receives the engine so one file serves both. */
const migrations = [
  ['2026-11-24-0001-foundation', foundation],
  ['2026-11-24-0002-contacts', contacts],
  ['2026-11-24-0003-imports', imports],
  ['2026-11-24-0005-sales', sales],
  ['2026-11-24-0006-tasks', tasks],
  ['2026-11-24-0007-orders', orders],
  ['2026-11-24-0008-documents', documents],
  ['2026-11-24-0009-web-forms', webForms],
  ['2026-11-24-0010-activity-deals', activityDeals],
  ['2026-11-24-0011-follow-ups', followUps],
  ['2026-11-24-0012-deal-board-indexes', dealBoardIndexes],
  ['2026-11-24-0013-task-exceptions', taskExceptions],
  ['2026-11-24-0014-import-files', importFiles],
  ['2026-11-24-0015-contact-avatars', contactAvatars],
  ['2026-11-24-0016-foreign-key-indexes', foreignKeyIndexes],
  ['2026-11-24-0017-notification-email-retries', notificationEmailRetries],
  ['2026-11-24-0018-task-calendar-index', taskCalendarIndex],
  ['2026-11-24-0019-search-words', searchWords],
  ['2026-11-24-0020-deal-stage-totals', dealStageTotals],
  ['2026-11-24-0021-search-words-postgres', searchWordsPostgres],
] as const;

export async function migrateToLatest({ db, engine, schema }: Database): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const all: Record<string, Migration> = {};
      for (const [name, m] of migrations) all[name] = { up: (kdb) => m.up(kdb, engine) };
      return all;
    },
  };
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
