import type { Entity } from './context.ts';
import { activities } from './entities/activities.ts';
import { companies } from './entities/companies.ts';
import { contacts } from './entities/contacts.ts';
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
  { name: 'leads', tables: ['leads'], large: 200_000 },
  { name: 'deals', tables: ['deals'], large: 500_000 },
  { name: 'orders', tables: ['orders', 'order_lines'], large: 1_000_000 },
  { name: 'tasks', tables: ['tasks'], large: 1_000_000 },
  { name: 'tickets', tables: ['tickets'], large: 500_000 },
];

/** Tables a --force run empties first (children before parents), besides the entities' own. */
export const DEPENDENT_TABLES = ['sessions', 'login_attempts', 'password_resets', 'audit_log', 'saved_views'];
