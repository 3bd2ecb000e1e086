import type { Entity } from './context.ts';
import { activities } from './entities/activities.ts';
import { companies } from './entities/companies.ts';
import { contacts } from './entities/contacts.ts';
import { deals } from './entities/deals.ts';
import { leads } from './entities/leads.ts';
import { orders } from './entities/orders.ts';
import { products } from './entities/products.ts';
import { tasks } from './entities/tasks.ts';
import { users } from './entities/users.ts';

/**
 * Every entity of issue 6 in dependency order. A module adds its generator as
 * entities/<name>.ts and sets `generate` here; until its table exists the run reports it skipped.
 */
export const ENTITIES: Entity[] = [
  users,
  companies,
  contacts,
  activities,
  products,
  leads,
  deals,
  orders,
  tasks,
  { name: 'tickets', tables: ['tickets'], large: 500_000 },
];

/** Tables a --force run empties first (children before parents), besides the entities' own. */
export const DEPENDENT_TABLES = [
  'sessions',
  'login_attempts',
  'password_resets',
  'audit_log',
  'saved_views',
  'notifications',
  'documents',
  'import_errors',
  'import_records',
  'imports',
  'jobs',
];
