import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadImport } from '../modules/imports/imports.fixture.ts';
import { type Caller, registerAdmin, startTestApp, type TestApp } from '../test/harness.ts';
import { startJobsThread } from './thread.ts';

let t: TestApp;
let admin: Caller;
const logged: { obj: object; msg: string }[] = [];
let jobs: { stop: () => Promise<void> };

beforeAll(async () => {
  // A SQLite file, not memory: the job thread opens a connection of its own to the same database.
  t = await startTestApp({}, { onDisk: true });
  admin = await registerAdmin(t.app);
  const log = (obj: object, msg: string) => logged.push({ obj, msg });
  const data = { databaseUrl: t.url, ...(t.database.schema ? { pgSchema: t.database.schema } : {}) };
  jobs = startJobsThread(t.database, data, { error: log, warn: log });
});
afterAll(async () => {
  await jobs.stop();
  await t.close();
});

const ROWS = 10_000;
const csv = [
  'Given Name,Family Name,Phone 1 - Value,E-mail 1 - Value',
  ...Array.from({ length: ROWS }, (_, i) => `Mariia,Thread ${i},+38067${String(1_000_000 + i)},mariia.${i}@example.com`),
].join('\r\n');

describe('the job thread', () => {
  it('runs an import on its own connection while the app goes on writing', async () => {
    const created = await uploadImport(t.app, admin, csv, { entity: 'contacts', dedupe: 'skip' });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect((await admin.post(`/api/v1/imports/${id}/run`, {})).statusCode).toBe(202);

    // Writes on the main connection meanwhile: each waits for the thread's batch, none fails.
    const statuses: number[] = [];
    let whileRunning = 0;
    let state = (await admin.get(`/api/v1/imports/${id}`)).json();
    for (const deadline = Date.now() + 60_000; state.status !== 'completed' && Date.now() < deadline; ) {
      statuses.push(
        (await admin.post('/api/v1/contacts', { firstName: 'Petro', lastName: `Main ${statuses.length}` })).statusCode,
      );
      state = (await admin.get(`/api/v1/imports/${id}`)).json();
      if (state.status === 'running') whileRunning++;
      await sleep(10);
    }
    expect(whileRunning).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([201]));
    expect(state).toMatchObject({ status: 'completed', progress: { processed: ROWS, total: ROWS } });
    expect(state.counts).toMatchObject({ created: ROWS, failed: 0 });
    const { n } = await t.database.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(ROWS + statuses.length);
    const found = (await admin.get('/api/v1/contacts?q=0671009999')).json().items;
    expect(found.map((c: { lastName: string }) => c.lastName)).toEqual(['Thread 9999']);
    expect(logged).toEqual([]);
  });
});
