/**
 * The one table of who may do what. The server enforces it on every route; the web app only
 * hides what the server would refuse. `<domain>.read|write.all` covers every record of the
 * domain, `.own` only records the user owns; `.all` implies `.own`.
 */
export const ROLES = ['admin', 'manager', 'marketer', 'support'] as const;
export type Role = (typeof ROLES)[number];

const recordDomains = [
  'contacts',
  'companies',
  'leads',
  'deals',
  'orders',
  'documents',
  'activities',
  'tasks',
  'tickets',
] as const;
type RecordDomain = (typeof recordDomains)[number];
type RecordAbility = `${RecordDomain}.${'read' | 'write'}.${'all' | 'own'}`;

export const ABILITIES = [
  ...recordDomains.flatMap((d) =>
    (['read', 'write'] as const).flatMap((rw) =>
      (['all', 'own'] as const).map((scope) => `${d}.${rw}.${scope}` as RecordAbility),
    ),
  ),
  'profile.self',
  'search.use',
  'products.read',
  'products.write',
  'pipelines.manage',
  'calendar.read.all',
  'segments.manage',
  'templates.manage',
  'campaigns.manage',
  'campaigns.send',
  'kb.read',
  'kb.write',
  'chat.use',
  'imports.run',
  'exports.run',
  'reports.sales',
  'reports.campaigns',
  'reports.support',
  'reports.system',
  'users.read',
  'users.manage',
  'audit.read',
  'settings.manage',
  'backups.manage',
  'webhooks.manage',
  'api-keys.manage',
] as const;
export type Ability = (typeof ABILITIES)[number];

const all = (...domains: RecordDomain[]): Ability[] => domains.flatMap((d) => [`${d}.read.all`, `${d}.write.all`] as Ability[]);
const readAll = (...domains: RecordDomain[]): Ability[] => domains.map((d) => `${d}.read.all` as Ability);
const ownWrite = (...domains: RecordDomain[]): Ability[] => domains.map((d) => `${d}.write.own` as Ability);
const own = (...domains: RecordDomain[]): Ability[] => domains.flatMap((d) => [`${d}.read.own`, `${d}.write.own`] as Ability[]);

const everyone: Ability[] = ['profile.self', 'search.use', 'kb.read', 'users.read'];

export const ROLE_ABILITIES: Record<Role, readonly Ability[]> = {
  // Users, access rights, system reports, settings — and everything else, to stand in for anyone.
  admin: ABILITIES,
  // Customer profiles, tasks and schedule, sales reports. Sees every customer, works own pipeline.
  manager: [
    ...everyone,
    ...readAll('contacts', 'companies', 'activities', 'tickets', 'tasks'),
    ...ownWrite('contacts', 'companies', 'activities', 'tasks'),
    ...own('leads', 'deals', 'orders', 'documents'),
    'products.read',
    'calendar.read.all',
    'imports.run',
    'exports.run',
    'reports.sales',
  ],
  // Email/SMS campaigns and their reports, reads customer profiles, sales reports.
  marketer: [
    ...everyone,
    ...readAll('contacts', 'companies', 'activities'),
    'products.read',
    'segments.manage',
    'templates.manage',
    'campaigns.manage',
    'campaigns.send',
    'exports.run',
    'reports.campaigns',
    'reports.sales',
  ],
  // Customer service and technical issues, customer database upkeep, support reports.
  support: [
    ...everyone,
    ...all('contacts', 'companies', 'tickets'),
    ...readAll('activities', 'orders'),
    ...ownWrite('activities'),
    ...own('tasks'),
    'products.read',
    'kb.write',
    'chat.use',
    'imports.run',
    'exports.run',
    'reports.support',
  ],
};

/** `.all` implies `.own`, so a route that needs `contacts.read.own` serves both kinds of reader. */
export function roleCan(role: Role, ability: Ability): boolean {
  const abilities = ROLE_ABILITIES[role];
  if (abilities.includes(ability)) return true;
  return ability.endsWith('.own') && abilities.includes(ability.replace(/\.own$/, '.all') as Ability);
}

/** For record abilities: may the role act on a record owned by `ownerId` when the user is `userId`? */
export function roleCanOnRecord(
  role: Role,
  domain: RecordDomain,
  action: 'read' | 'write',
  userId: string,
  ownerId: string | null,
): boolean {
  if (roleCan(role, `${domain}.${action}.all`)) return true;
  return ownerId === userId && roleCan(role, `${domain}.${action}.own`);
}
