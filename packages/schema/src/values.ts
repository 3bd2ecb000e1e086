/**
 * The plain values of the schema (choices, limits, the custom-filter syntax), without zod: the web
 * imports them from `@spilno/schema/values`, so a page that only needs a list of choices does not
 * download zod and every schema. The schemas build on them; the index exports them too.
 */

// activities
export const LOGGABLE_ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'sms'] as const;
export const CALL_OUTCOMES = [
  'answered',
  'no_answer',
  'busy',
  'callback',
  'left_message',
  'ordered',
  'not_interested',
  'wrong_number',
] as const;

// audit
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'role_change',
  'bulk_update',
  'bulk_delete',
  'merge',
  'handover',
  'import',
  'export',
  'undo',
] as const;

// channels
/** A phone or an email with the label the user gave it (mobile, work, home…). */
export const CHANNEL_LABELS = ['mobile', 'work', 'home', 'other'] as const;

// companies
export const COMPANY_TYPES = ['customer', 'partner', 'investor', 'reseller'] as const;
/** The industry list of the source documents. */
export const INDUSTRIES = [
  'advertising',
  'agriculture',
  'apparel',
  'banking',
  'biotechnology',
  'chemicals',
  'communications',
  'construction',
  'consulting',
  'education',
  'electronics',
  'energy',
  'engineering',
  'entertainment',
  'environmental',
  'finance',
  'food_and_beverage',
  'government',
  'healthcare',
  'hospitality',
  'insurance',
  'machinery',
  'manufacturing',
  'media',
  'not_for_profit',
  'recreation',
  'retail',
  'shipping',
  'technology',
  'telecommunications',
  'transportation',
  'utilities',
  'venture_capital',
  'other',
] as const;

// contacts
export const PREFERRED_CHANNELS = ['phone', 'email', 'sms', 'messenger', 'in_person'] as const;
export const CONTACT_SOURCES = [
  'website',
  'call',
  'email',
  'referral',
  'social',
  'event',
  'marketplace',
  'import',
  'other',
] as const;
export const CONTACT_SORTS = [
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'lastContactedAt',
  '-lastContactedAt',
] as const;
/** Uploaded contact photos: the server checks the bytes, the web the size before sending. */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/**
 * A filter on one custom field: `key:value` equals, `key!:value` differs or is not set (an
 * unticked checkbox), `key~text` contains, `key>=from` / `key<=to` a number or date range.
 */
export const CUSTOM_FILTER_OPS = [':', '!:', '~', '>=', '<='] as const;
export type CustomFilterOp = (typeof CUSTOM_FILTER_OPS)[number];
export type CustomFilter = { key: string; op: CustomFilterOp; value: string };
export const CUSTOM_FILTER = /^([a-z][a-z0-9_]{0,59})(!:|:|~|>=|<=)(.+)$/s;

export function parseCustomFilter(text: string): CustomFilter | null {
  const m = CUSTOM_FILTER.exec(text);
  return m ? { key: m[1] as string, op: m[2] as CustomFilterOp, value: m[3] as string } : null;
}
export const formatCustomFilter = (f: CustomFilter): string => `${f.key}${f.op}${f.value}`;

// custom-fields
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'checkbox'] as const;

// deals
export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;

// documents
/** Per-company look of generated documents: `classic` is black on white, `modern` has a coloured header. */
export const DOCUMENT_TEMPLATES = ['classic', 'modern'] as const;

// imports
/** Where a column goes. `fullName` is split into first and last name; `custom.<key>` is a custom field. */
export const IMPORT_FIELDS = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'fullName',
  'phone',
  'email',
  'company',
  'position',
  'tags',
  'source',
  'birthday',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
  'notes',
  'type',
  'industry',
  'website',
] as const;

// leads
export const LEAD_SOURCES = [
  'call',
  'email',
  'existing_customer',
  'partner',
  'public_relations',
  'campaign',
  'website',
  'marketplace',
  'other',
] as const;
export const LEAD_RATINGS = ['A', 'B', 'C'] as const;
export const LEAD_STATUSES = ['new', 'in_progress', 'converted', 'recycled', 'dead'] as const;
/** The board of the source documents: Overdue / In progress / New. */
export const LEAD_COLUMNS = ['overdue', 'in_progress', 'new'] as const;

// notifications
export const NOTIFICATION_KINDS = [
  'task_assigned',
  'reminder_due',
  'task_overdue',
  'record_assigned',
  'mention',
  'lead_assigned',
] as const;

// orders
export const PAYMENT_METHODS = ['cash_on_delivery', 'card', 'bank_transfer', 'paid_online'] as const;
export const PAYMENT_STATUSES = ['unpaid', 'partly_paid', 'paid', 'refunded'] as const;
export const DEFAULT_ORDER_STATUSES = ['new', 'processing', 'shipped', 'completed', 'cancelled'] as const;
export const ORDER_SOURCES = ['phone', 'website', 'marketplace', 'store', 'email', 'messenger', 'other'] as const;

// pipelines
export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
/** The stages of the source documents; probabilities are the usual defaults. */
export const DEFAULT_STAGES: { name: string; probability: number; kind: (typeof STAGE_KINDS)[number] }[] = [
  { name: 'Qualification', probability: 10, kind: 'open' },
  { name: 'Needs analysis', probability: 20, kind: 'open' },
  { name: 'Value proposition', probability: 40, kind: 'open' },
  { name: 'Id. decision makers', probability: 60, kind: 'open' },
  { name: 'Perception analysis', probability: 70, kind: 'open' },
  { name: 'Proposal/price quote', probability: 75, kind: 'open' },
  { name: 'Negotiation/review', probability: 90, kind: 'open' },
  { name: 'Closed won', probability: 100, kind: 'won' },
  { name: 'Closed lost', probability: 0, kind: 'lost' },
];

// tasks
export const TASK_TYPES = ['call', 'meeting', 'email', 'todo', 'follow_up'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const TASK_VIEWS = ['today', 'overdue', 'upcoming', 'all'] as const;

// users
export const LOCALES = ['en', 'uk', 'ru', 'it'] as const;
export const USER_STATUSES = ['active', 'pending', 'deactivated'] as const;
export const PASSWORD_MIN = 10;
