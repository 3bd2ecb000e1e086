import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobHandler, type JobHandlers, runOneJob } from '../../jobs/worker.ts';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { uploadImport } from './imports.fixture.ts';
import { IMPORT_JOB, importJob } from './imports.job.ts';
import { IMPORT_UNDO_JOB, importUndoJob } from './imports.undo.ts';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
});
afterAll(() => t.close());

const upload = (caller: Caller, content: string | Buffer, fields: Record<string, string> = {}, name?: string) =>
  uploadImport(t.app, caller, content, fields, name);

const handlers = (batchSize = 500) => ({
  [IMPORT_JOB]: importJob(t.app.deps, batchSize),
  [IMPORT_UNDO_JOB]: importUndoJob(t.app.deps, batchSize),
});
async function runJobs(batchSize?: number) {
  while (await runOneJob(t.app.deps, handlers(batchSize))) {}
}
/** Runs the due job and stops the worker right after its first batch has committed, as a shutdown would. */
async function runStoppedAfterOneBatch(name: string, handler: JobHandler) {
  const stop = new AbortController();
  const interrupting: JobHandlers = {
    [name]: (job, tools) =>
      handler(job, {
        ...tools,
        progress: async (p) => {
          await tools.progress(p);
          stop.abort();
        },
      }),
  };
  await runOneJob(t.app.deps, interrupting, {}, stop.signal);
}
/** Uploads `count` people named `<name>0`, `<name>1`… (numbers from `phoneBase`) and asks to run it; answers the import. */
async function runningImport(name: string, last: string, count: number, phoneBase: string) {
  const rows = Array.from({ length: count }, (_, i) => `${name}${i},${last},${phoneBase}${i}`);
  const imp = (await upload(admin, `First Name,Last Name,Phone\n${rows.join('\n')}\n`)).json();
  await admin.post(`/api/v1/imports/${imp.id}/run`, {});
  return imp;
}
const contactsNamed = async (caller: Caller, q: string) =>
  (await caller.get(`/api/v1/contacts?q=${encodeURIComponent(q)}&limit=200`)).json().items;

const GOOGLE = [
  'Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Value,Organization 1 - Name,Group Membership',
  'Taras,Melnyk,Mobile,+380 50 111 22 33,taras@example.com,Zorya LLC,* myContacts ::: Wholesale',
  'Oksana,Bondar,Work,067 222 33 44,oksana@example.com,,Retail',
  'Bad,Phone,Mobile,12,bad@example.com,,',
  'Bad,Email,Mobile,,not-an-email,,',
  ',,Mobile,093 444 55 66,,,',
  'Taras,Melnyk-Dup,Mobile,050-111-22-33,,,Returning',
].join('\r\n');

describe('imports', () => {
  it('answers the detected format, the guessed mapping and a preview with planned outcomes', async () => {
    const res = await upload(admin, GOOGLE);
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    expect(imp).toMatchObject({
      status: 'pending',
      format: 'csv',
      delimiter: ',',
      encoding: 'utf-8',
      progress: { processed: 0, total: 6 },
    });
    expect(imp.mapping['Phone 1 - Value']).toEqual({ field: 'phone', labelColumn: 'Phone 1 - Type' });
    expect(imp.preview.map((r: { outcome: string }) => r.outcome)).toEqual([
      'create',
      'create',
      'fail',
      'fail',
      'fail',
      'update',
    ]);
    expect(imp.preview[0].values).toMatchObject({
      firstName: 'Taras',
      phones: [{ value: '+380501112233', label: 'mobile' }],
      tags: ['wholesale'],
    });
    expect(imp.preview[4].errors).toEqual([{ field: 'name', message: 'A contact needs a first or a last name' }]);
  });

  it('dry run counts without writing; the run imports, reports errors and progress, and can be undone', async () => {
    const imp = (await upload(admin, GOOGLE)).json();
    const dry = await admin.post(`/api/v1/imports/${imp.id}/run`, { dryRun: true });
    expect(dry.json()).toMatchObject({ dryRun: true, counts: { created: 2, updated: 1, skipped: 0, failed: 3 } });
    expect(await contactsNamed(admin, 'Taras')).toHaveLength(0);

    const run = await admin.post(`/api/v1/imports/${imp.id}/run`, {});
    expect(run.statusCode).toBe(202);
    expect(run.json().status).toBe('running');
    expect((await admin.post(`/api/v1/imports/${imp.id}/run`, {})).statusCode).toBe(409);
    await runJobs(2);
    const done = (await admin.get(`/api/v1/imports/${imp.id}`)).json();
    expect(done).toMatchObject({
      status: 'completed',
      progress: { processed: 6, total: 6 },
      counts: { created: 2, updated: 1, skipped: 0, failed: 3 },
    });

    const [taras] = await contactsNamed(admin, 'Taras');
    expect(taras).toMatchObject({ lastName: 'Melnyk', companyName: 'Zorya LLC', ownerId: admin.user.id, source: 'import' });
    expect(taras.tags.sort()).toEqual(['returning', 'wholesale']);

    const errors = (await admin.get(`/api/v1/imports/${imp.id}/errors?limit=2`)).json();
    expect(errors.items).toHaveLength(2);
    expect(errors.items[0]).toMatchObject({
      rowNumber: 4,
      field: 'phone',
      raw: { 'Given Name': 'Bad', 'Phone 1 - Value': '12' },
    });
    expect(errors.nextCursor).toBeTruthy();
    const rest = (await admin.get(`/api/v1/imports/${imp.id}/errors?cursor=${errors.nextCursor}`)).json();
    expect(rest.items.map((e: { rowNumber: number }) => e.rowNumber)).toEqual([6]);
    const csv = await admin.get(`/api/v1/imports/${imp.id}/errors?format=csv`);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="import-.*-errors\.csv"/);
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFRow,Field,Error,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Value,Organization 1 - Name,Group Membership',
    );

    const audit = (await admin.get(`/api/v1/audit-log?entityType=import&entityId=${imp.id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['import']);
    expect(audit[0].changes.counts[1]).toEqual({ created: 2, updated: 1, skipped: 0, failed: 3 });

    // Undo is a job too, in batches (of 2 here): contacts first, then the company nobody holds.
    const undo = await admin.post(`/api/v1/imports/${imp.id}/undo`, {});
    expect(undo.statusCode).toBe(202);
    expect(undo.json()).toMatchObject({ status: 'undoing', progress: { processed: 0, total: 3 } });
    expect((await admin.post(`/api/v1/imports/${imp.id}/undo`, {})).statusCode).toBe(409);
    expect(await contactsNamed(admin, 'Taras')).toHaveLength(1);
    await runJobs(2);
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({
      status: 'undone',
      progress: { processed: 3, total: 3 },
      counts: { created: 2, updated: 1, skipped: 0, failed: 3 },
    });
    expect(await contactsNamed(admin, 'Taras')).toHaveLength(0);
    expect((await admin.get('/api/v1/companies?q=Zorya')).json().items).toHaveLength(0);
    const undone = (await admin.get(`/api/v1/audit-log?entityType=import&entityId=${imp.id}`)).json().items;
    expect(undone.map((e: { action: string }) => e.action)).toEqual(['undo', 'import']);
    expect(undone[0].changes).toEqual({
      status: ['completed', 'undone'],
      undone: [null, { restored: 0, deletedContacts: 2, deletedCompanies: 1 }],
    });
    expect((await admin.post(`/api/v1/imports/${imp.id}/undo`, {})).statusCode).toBe(409);
  });

  it('a row matching a contact created earlier in the same batch updates it (new contacts are written per batch)', async () => {
    const imp = (await upload(admin, GOOGLE)).json();
    await admin.post(`/api/v1/imports/${imp.id}/run`, {});
    await runJobs(500);
    const done = (await admin.get(`/api/v1/imports/${imp.id}`)).json();
    expect(done.counts).toEqual({ created: 2, updated: 1, skipped: 0, failed: 3 });
    const found = await contactsNamed(admin, 'Taras');
    expect(found).toHaveLength(1);
    expect(found[0].tags.sort()).toEqual(['returning', 'wholesale']);
    expect(found[0].phones).toEqual([{ value: '+380501112233', label: 'mobile' }]);
    expect((await admin.post(`/api/v1/imports/${imp.id}/undo`, {})).json().status).toBe('undoing');
    await runJobs();
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json().status).toBe('undone');
    expect(await contactsNamed(admin, 'Taras')).toHaveLength(0);
  });

  it('dedupe=update merges into an existing contact (phone in another format, email in another case) and undo restores it', async () => {
    const existing = (
      await admin.post('/api/v1/contacts', {
        firstName: 'Iryna',
        lastName: 'Savchuk',
        phones: [{ value: '+380631234567', label: 'mobile' }],
        emails: [{ value: 'iryna@example.com', label: 'work' }],
        tags: ['vip'],
      })
    ).json();
    const file =
      'First Name,Last Name,Mobile Phone,Email,Job Title,Tags\nIrina,Savchuk,063 123 45 67,,Buyer,wholesale\nIryna,S,,IRYNA@Example.COM,,retail\n';
    const imp = (await upload(admin, file, { dedupe: 'update' })).json();
    expect(imp.preview.map((r: { outcome: string }) => r.outcome)).toEqual(['update', 'update']);
    await admin.post(`/api/v1/imports/${imp.id}/run`, {});
    await runJobs();
    const after = (await admin.get(`/api/v1/contacts/${existing.id}`)).json();
    expect(after).toMatchObject({ firstName: 'Iryna', lastName: 'Savchuk', position: 'Buyer' });
    expect(after.tags.sort()).toEqual(['retail', 'vip', 'wholesale']);
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json().counts).toEqual({
      created: 0,
      updated: 2,
      skipped: 0,
      failed: 0,
    });

    await admin.post(`/api/v1/imports/${imp.id}/undo`, {});
    await runJobs();
    const restored = (await admin.get(`/api/v1/contacts/${existing.id}`)).json();
    expect(restored).toMatchObject({ position: null, tags: ['vip'] });
  });

  it('dedupe=skip leaves existing contacts alone', async () => {
    await admin.post('/api/v1/contacts', { firstName: 'Roman', phones: [{ value: '+380671230000', label: 'mobile' }] });
    const imp = (
      await upload(admin, 'Name;Phone;Job Title\nRoman K;+38 (067) 123-00-00;Boss\nNew Person;;\n', { dedupe: 'skip' })
    ).json();
    await admin.post(`/api/v1/imports/${imp.id}/run`, {});
    await runJobs();
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json().counts).toEqual({
      created: 1,
      updated: 0,
      skipped: 1,
      failed: 0,
    });
    expect((await contactsNamed(admin, 'Roman'))[0].position).toBeNull();
  });

  it('a worker stopped mid-import resumes where it stopped without duplicating rows', async () => {
    const imp = await runningImport('Resume', 'Person', 7, '+38050700000');
    await runStoppedAfterOneBatch(IMPORT_JOB, importJob(t.app.deps, 3));
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({
      status: 'running',
      progress: { processed: 3 },
    });
    await runJobs(3);
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'completed', counts: { created: 7 } });
    expect(await contactsNamed(admin, 'Resume')).toHaveLength(7);
  });

  it('ends a batch early once its time is up, and goes on from the next row', async () => {
    const imp = await runningImport('Slow', 'Machine', 4, '+38050720000');
    // No time at all: every batch takes one row, however many it may take.
    await runStoppedAfterOneBatch(IMPORT_JOB, importJob(t.app.deps, 500, 0));
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({
      status: 'running',
      progress: { processed: 1 },
    });
    expect(await contactsNamed(admin, 'Slow')).toHaveLength(1);
    await runJobs();
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'completed', counts: { created: 4 } });
    expect(await contactsNamed(admin, 'Slow')).toHaveLength(4);
  });

  it('an undo stopped halfway goes on from there on the next run', async () => {
    const imp = await runningImport('Halfway', 'Person', 7, '+38050710000');
    await runJobs();
    await admin.post(`/api/v1/imports/${imp.id}/undo`, {});
    await runStoppedAfterOneBatch(IMPORT_UNDO_JOB, importUndoJob(t.app.deps, 3));
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({
      status: 'undoing',
      progress: { processed: 3, total: 7 },
    });
    expect(await contactsNamed(admin, 'Halfway')).toHaveLength(4);
    await runJobs(3);
    expect((await admin.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({
      status: 'undone',
      progress: { processed: 7, total: 7 },
    });
    expect(await contactsNamed(admin, 'Halfway')).toHaveLength(0);
  });

  it('imports vCards and companies', async () => {
    const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hrytsenko;Anna;;;\r\nTEL;TYPE=CELL:0661112233\r\nEND:VCARD\r\n';
    const imp = (await upload(admin, vcf, {}, 'phone.vcf')).json();
    expect(imp).toMatchObject({ format: 'vcard', preview: [{ outcome: 'create', values: { firstName: 'Anna' } }] });
    const companies = (
      await upload(admin, 'Name,Industry,Website\nDnipro Steel,manufacturing,dnipro.example\n', { entity: 'companies' })
    ).json();
    await admin.post(`/api/v1/imports/${companies.id}/run`, {});
    await runJobs();
    expect((await admin.get('/api/v1/companies?q=Dnipro')).json().items[0]).toMatchObject({ industry: 'manufacturing' });
  });

  it('refuses bad uploads with clear 4xx answers', async () => {
    expect((await upload(admin, '')).json().detail).toMatch(/empty/);
    expect((await upload(admin, 'a,b\n"open,1\n')).statusCode).toBe(400);
    expect((await upload(admin, 'a,b\n1,2\n', { mapping: '{"nope": "email"}' })).json().errors[0].path).toBe('mapping.nope');
    expect((await upload(admin, Buffer.alloc(21 * 1024 * 1024, 'a'))).statusCode).toBe(413);
    expect((await admin.post('/api/v1/imports', {})).statusCode).toBe(415);
  });

  it('lets each user see only their own imports; marketers may not import', async () => {
    const support = await userWithRole(t.app, admin, 'support');
    const mine = (await upload(support, 'Name\nSomeone\n')).json();
    expect((await support.get('/api/v1/imports')).json().items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const other = (await admin.get('/api/v1/imports')).json().items[0];
    expect((await support.get(`/api/v1/imports/${other.id}`)).statusCode).toBe(404);
    const marketer = await userWithRole(t.app, admin, 'marketer');
    expect((await upload(marketer, 'Name\nX\n')).statusCode).toBe(403);
  });

  it('shows admins everyone’s imports, newest first, a page at a time', async () => {
    const support = await userWithRole(t.app, admin, 'support');
    const theirs = (await upload(support, 'Name\nSomeone else\n', {}, 'theirs.csv')).json();
    const mine = (await upload(admin, 'Name\nMine\n', {}, 'mine.csv')).json();
    const first = (await admin.get('/api/v1/imports?scope=all&limit=2')).json();
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([mine.id, theirs.id]);
    expect(first.items[1]).toMatchObject({ fileName: 'theirs.csv', userId: support.user.id, status: 'pending' });
    const rest = (await admin.get(`/api/v1/imports?scope=all&limit=2&cursor=${first.nextCursor}`)).json();
    expect(rest.items.length).toBeGreaterThan(0);
    expect(rest.items.map((i: { id: string }) => i.id)).not.toContain(theirs.id);
    expect(rest.items.every((i: { id: string }) => i.id < theirs.id)).toBe(true);
    // Without the scope an admin sees their own, like everyone; others may not ask for all.
    expect((await admin.get('/api/v1/imports')).json().items.map((i: { userId: string }) => i.userId)).not.toContain(
      support.user.id,
    );
    expect((await support.get('/api/v1/imports?scope=all')).statusCode).toBe(403);
  });
});
