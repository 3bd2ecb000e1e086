import { parseJson } from '../../db/connection.ts';
import type { Ctx } from '../../http/context.ts';
import { inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { chunks } from '../../lib/chunks.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { updateCompany } from '../companies/companies.service.ts';
import { deleteContacts, updateContact } from '../contacts/contacts.service.ts';
import { findImport, type ImportRecord, presentImport, updateImportRow } from './imports.repo.ts';
import { getImportFor } from './imports.service.ts';

/** Restoring a record someone deleted since the import is not possible, and not an error. */
async function restore(work: () => Promise<unknown>): Promise<number> {
  try {
    await work();
    return 1;
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return 0;
    throw err;
  }
}

/**
 * Puts back what an import changed, in one transaction: updated records get their previous
 * values, created contacts are deleted, and so are created companies nobody has joined since.
 */
export async function undoImport(ctx: Ctx, id: string) {
  const imp = await getImportFor(ctx, id);
  if (imp.status !== 'completed' && imp.status !== 'failed') {
    throw new AppError('conflict', `This import is ${imp.status}; only a finished import can be undone.`);
  }
  return inTransaction(ctx, async (tx) => {
    const records = await tx.db.selectFrom('import_records').selectAll().where('import_id', '=', id).execute();
    let restored = 0;
    for (const r of records.filter((r) => r.action === 'updated')) {
      const previous = parseJson<Record<string, never>>(r.previous) ?? {};
      restored += await restore(() =>
        r.entity === 'contact'
          ? updateContact(tx, r.entity_id, previous, { audit: false })
          : updateCompany(tx, r.entity_id, previous),
      );
    }
    const created = (entity: string) =>
      records.filter((r) => r.entity === entity && r.action === 'created').map((r) => r.entity_id);
    const deletedContacts = await deleteContacts(tx, created('contact'));
    const companies = created('company');
    let deletedCompanies = 0;
    for (const slice of chunks(companies)) {
      const result = await tx.db
        .deleteFrom('companies')
        .where('id', 'in', slice)
        .where((eb) =>
          eb.not(eb.exists(eb.selectFrom('contacts').select('contacts.id').whereRef('contacts.company_id', '=', 'companies.id'))),
        )
        .executeTakeFirst();
      deletedCompanies += Number(result.numDeletedRows);
    }
    await updateImportRow(tx.db, id, { status: 'undone', finished_at: nowIso() });
    await recordAudit(tx.db, tx.actor, {
      action: 'undo',
      entityType: 'import',
      entityId: id,
      changes: { status: [imp.status, 'undone'], undone: [null, { deletedContacts, deletedCompanies, restored }] },
    });
    return presentImport((await findImport(tx.db, id)) as ImportRecord);
  });
}
