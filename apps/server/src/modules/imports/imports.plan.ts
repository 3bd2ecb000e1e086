import { COMPANY_TYPES, companyCreate, contactCreate, INDUSTRIES, roleCanOnRecord } from '@spilno/schema';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { chunks } from '../../lib/chunks.ts';
import { findCompanyIdByName } from '../companies/companies.repo.ts';
import { findContactIdByChannels } from '../contacts/contacts.repo.ts';
import type { MappedRow, RowError } from './mapper.ts';

export type Entity = 'contacts' | 'companies';
export type ContactData = z.output<typeof contactCreate>;
export type CompanyData = z.output<typeof companyCreate>;
export type Plan =
  | { outcome: 'fail'; errors: RowError[] }
  | { outcome: 'skip'; existingId: string; reason: string }
  | { outcome: 'create'; data: ContactData | CompanyData; company: string }
  | { outcome: 'update'; data: ContactData | CompanyData; company: string; existingId: string };

const enumValue = <T extends string>(values: readonly T[], raw: string): T | string | undefined => {
  if (!raw) return undefined;
  const v = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (values as readonly string[]).includes(v) ? (v as T) : raw;
};

const nonEmpty = (o: Record<string, string>) => (Object.keys(o).length ? o : undefined);

/** The mapped row as a create input, validated by the same schema as the API's create. */
function validate(entity: Entity, m: MappedRow) {
  const common = {
    phones: m.phones,
    emails: m.emails,
    tags: m.tags,
    address: nonEmpty(m.address),
    customFields: m.custom,
  };
  if (entity === 'companies') {
    return companyCreate.safeParse({
      ...common,
      name: m.name || m.company,
      type: enumValue(COMPANY_TYPES, m.type),
      industry: enumValue(INDUSTRIES, m.industry),
      website: m.website || undefined,
    });
  }
  return contactCreate.safeParse({
    ...common,
    firstName: m.firstName,
    lastName: m.lastName,
    position: m.position || undefined,
    birthday: m.birthday || undefined,
    source: m.source || 'import',
    preferences: m.notes ? { notes: m.notes } : {},
  });
}

function issuesOf(error: z.ZodError): RowError[] {
  return error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    return { field: field === 'firstName' && /name/.test(i.message) ? 'name' : field || null, message: i.message };
  });
}

/**
 * Decides each row's outcome: fail (invalid), create, update or skip an existing record. Matches
 * are by normalized phone and email (contacts) or name (companies), in the database and, for a
 * dry run that writes nothing, among the rows planned before it (`seen`).
 */
export class Planner {
  private readonly seen = new Map<string, string>();
  /** Channel → existing contact, read for a whole batch at once by `prefetch` (contacts only). */
  private known: Map<string, string> | null = null;

  constructor(
    private readonly entity: Entity,
    private readonly dedupe: 'update' | 'skip',
    /** A dry run writes nothing, so it must remember rows it planned to create; a real run finds them in its transaction. */
    private readonly dryRun: boolean,
  ) {}

  private keys(data: ContactData | CompanyData): string[] {
    if ('name' in data) return [`name:${data.name.trim().toLowerCase()}`];
    return [...data.phones.map((p) => `phone:${p.value}`), ...data.emails.map((e) => `email:${e.value}`)];
  }

  /** Rows created earlier in this run match later rows before the database does (a real run writes new contacts per batch). */
  remember(data: ContactData | CompanyData, id: string): void {
    for (const key of this.keys(data)) if (!this.seen.has(key)) this.seen.set(key, id);
  }

  /** Reads the existing contacts the rows' phones and emails match, in a few queries instead of one per row. */
  async prefetch(ctx: Ctx, rows: MappedRow[]): Promise<void> {
    if (this.entity !== 'contacts') return;
    this.known = new Map();
    for (const kind of ['phone', 'email'] as const) {
      const values = [...new Set(rows.flatMap((r) => (kind === 'phone' ? r.phones : r.emails).map((c) => c.value)))];
      for (const slice of chunks(values)) {
        const found = await ctx.db
          .selectFrom('contact_channels')
          .select(['contact_id', 'value'])
          .where('kind', '=', kind)
          .where('value', 'in', slice)
          .execute();
        for (const f of found) {
          const key = `${kind}:${f.value}`;
          const had = this.known.get(key);
          if (!had || f.contact_id < had) this.known.set(key, f.contact_id);
        }
      }
    }
  }

  private async existing(ctx: Ctx, data: ContactData | CompanyData): Promise<string | null> {
    for (const key of this.keys(data)) {
      const id = this.seen.get(key);
      if (id) return id;
    }
    if ('name' in data) return findCompanyIdByName(ctx.db, data.name);
    if (this.known) {
      // The lowest id of all matches, as findContactIdByChannels picks.
      const ids = this.keys(data).flatMap((k) => this.known?.get(k) ?? []);
      return ids.sort()[0] ?? null;
    }
    return findContactIdByChannels(ctx.db, {
      phones: data.phones.map((p) => p.value),
      emails: data.emails.map((e) => e.value),
    });
  }

  private async writable(ctx: Ctx, id: string): Promise<boolean> {
    // A record planned earlier in this dry run is not in the database yet; the importer will own it.
    if (id.startsWith('row:')) return true;
    const table = this.entity;
    const row = await ctx.db.selectFrom(table).select('owner_id').where('id', '=', id).executeTakeFirst();
    return !row || roleCanOnRecord(ctx.user.role, table, 'write', ctx.user.id, row.owner_id);
  }

  async plan(ctx: Ctx, rowNumber: number, m: MappedRow): Promise<Plan> {
    const parsed = validate(this.entity, m);
    const errors = [...m.errors, ...(parsed.success ? [] : issuesOf(parsed.error))];
    if (errors.length || !parsed.data) return { outcome: 'fail', errors };
    const data = parsed.data;
    const id = await this.existing(ctx, data);
    if (id && this.dedupe === 'skip') return { outcome: 'skip', existingId: id, reason: 'Already exists' };
    if (id && !(await this.writable(ctx, id)))
      return { outcome: 'skip', existingId: id, reason: 'Exists, owned by someone else' };
    if (this.dryRun) this.remember(data, id ?? `row:${rowNumber}`);
    return id ? { outcome: 'update', data, company: m.company, existingId: id } : { outcome: 'create', data, company: m.company };
  }
}
