import type { Generated } from 'kysely';

/**
 * Row types of every table, as the driver returns them. Timestamps are ISO strings on both
 * engines (see connection.ts); booleans are 0/1 on SQLite and true/false on PostgreSQL, so
 * read them with Boolean() and write 1/0; JSON columns are text on SQLite and jsonb on PostgreSQL
 * (read them with parseJson()).
 */
type Timestamps = { created_at: string; updated_at: string };
type Bool = number | boolean;
type Json = unknown;

export type UserRow = Timestamps & {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  status: string;
  locale: string;
  theme: string;
  last_login_at: string | null;
};

export type SessionRow = Timestamps & {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
};

export type LoginAttemptRow = Timestamps & {
  id: string;
  email: string;
  user_id: string | null;
  ip: string | null;
  user_agent: string | null;
  success: Bool;
  reason: string | null;
};

export type PasswordResetRow = Timestamps & {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
};

export type AuditLogRow = Timestamps & {
  id: string;
  user_id: string | null;
  user_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: Json | null;
  ip: string | null;
  user_agent: string | null;
};

export type SettingRow = Timestamps & { key: string; value: Json };

export type CustomFieldRow = Timestamps & {
  id: string;
  entity: string;
  key: string;
  label: string;
  type: string;
  options: Json;
  position: number;
};

/** `rid` exists on SQLite only (the FTS5 rowid); never select or write it. */
type Searchable = { search_text: string; owner_id: string | null; custom_fields: Json; tags: Json };

export type CompanyRow = Timestamps &
  Searchable & {
    id: string;
    name: string;
    name_sort: string;
    type: string | null;
    industry: string | null;
    website: string | null;
    phones: Json;
    emails: Json;
    address: Json | null;
  };

export type ContactRow = Timestamps &
  Searchable & {
    id: string;
    first_name: string;
    last_name: string;
    name_sort: string;
    phones: Json;
    emails: Json;
    company_id: string | null;
    position: string | null;
    address: Json | null;
    birthday: string | null;
    source: string | null;
    preferences: Json;
    email_consent: Bool;
    email_consent_at: string | null;
    sms_consent: Bool;
    sms_consent_at: string | null;
    avatar_url: string | null;
    last_contacted_at: string | null;
  };

export type ContactChannelRow = Timestamps & { contact_id: string; kind: 'phone' | 'email'; value: string };
export type ContactTagRow = Timestamps & { contact_id: string; tag: string; name_sort: string };

export type ActivityRow = Timestamps & {
  id: string;
  type: string;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  subject: string | null;
  body: string;
  direction: string | null;
  duration_sec: number | null;
  outcome: string | null;
  occurred_at: string;
  author_id: string | null;
  pinned: Bool;
};

export type SavedViewRow = Timestamps & {
  id: string;
  entity: string;
  name: string;
  owner_id: string;
  shared: Bool;
  filters: Json;
  columns: Json;
  sort: string | null;
};

export type JobRow = Timestamps & {
  id: string;
  name: string;
  payload: Json;
  status: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_until: string | null;
  last_error: string | null;
  progress: Json | null;
};

export type ImportRow = Timestamps & {
  id: string;
  user_id: string;
  entity: string;
  status: string;
  file_name: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  columns: Json;
  mapping: Json;
  dedupe: string;
  total: number;
  processed: number;
  counts: Json;
  error: string | null;
  job_id: string | null;
  started_at: string | null;
  finished_at: string | null;
};

/** The uploaded file of an import, apart from the row its progress updates rewrite. */
export type ImportFileRow = Timestamps & { import_id: string; data: Buffer | Uint8Array };

/** An uploaded contact photo (the bytes live in the database, like the company logo). */
export type ContactAvatarRow = Timestamps & {
  contact_id: string;
  mime: string;
  size: number;
  hash: string;
  data: Buffer | Uint8Array;
};

export type ImportErrorRow = Timestamps & {
  id: string;
  import_id: string;
  row_number: number;
  field: string | null;
  message: string;
  raw: Json;
};

export type ImportRecordRow = Timestamps & {
  import_id: string;
  entity: string;
  entity_id: string;
  action: string;
  previous: Json | null;
};

export type ProductRow = Timestamps & {
  id: string;
  sku: string;
  name: string;
  name_sort: string;
  price_minor: number;
  cost_minor: number;
  currency: string;
  unit: string;
  vat_bp: number;
  active: Bool;
};

export type PipelineRow = Timestamps & { id: string; name: string; is_default: Bool };
export type PipelineStageRow = Timestamps & {
  id: string;
  pipeline_id: string;
  name: string;
  probability: number;
  position: number;
  kind: string;
};

export type DealRow = Timestamps & {
  id: string;
  name: string;
  name_sort: string;
  pipeline_id: string;
  stage_id: string;
  status: string;
  amount_minor: number;
  currency: string;
  probability: number;
  expected_close_date: string | null;
  contact_id: string | null;
  company_id: string | null;
  source: string | null;
  owner_id: string | null;
  close_reason: string | null;
  closed_at: string | null;
  stage_entered_at: string;
};

/** Maintained by triggers on `deals` (migration 0020); `owner_key` is '' for no owner. */
export type DealStageTotalRow = {
  stage_id: string;
  owner_key: string;
  currency: string;
  deals: number;
  amount_minor: number;
  weighted: number;
};

export type DealItemRow = Timestamps & {
  id: string;
  deal_id: string;
  position: number;
  product_id: string | null;
  name: string;
  quantity_milli: number;
  price_minor: number;
  discount_bp: number;
};

export type DealStageHistoryRow = Timestamps & {
  id: string;
  deal_id: string;
  stage_id: string;
  entered_at: string;
  left_at: string | null;
  user_id: string | null;
};

export type LeadRow = Timestamps & {
  id: string;
  name: string;
  name_sort: string;
  phone: string | null;
  email: string | null;
  company_name: string | null;
  interest: string | null;
  source: string | null;
  rating: string | null;
  status: string;
  owner_id: string | null;
  next_action_at: string | null;
  notes: string | null;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  converted_at: string | null;
};

export type TaskRow = Timestamps & {
  id: string;
  title: string;
  description: string;
  type: string;
  due_at: string | null;
  due_date: string | null;
  starts_at: string | null;
  deadline_at: string | null;
  duration_min: number | null;
  priority: string;
  status: string;
  is_open: Bool;
  progress: number;
  checklist: Json;
  assignee_id: string | null;
  created_by_id: string | null;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  lead_id: string | null;
  order_id: string | null;
  ticket_id: string | null;
  rrule: string | null;
  series_start: string | null;
  series_id: string | null;
  /** Occurrences the series skips (wall times); the moved ones are tasks of their own. */
  exdates: Json | null;
  /** On a moved occurrence: the series wall time it replaces. */
  recurrence_id: string | null;
  reminders: Json;
  time_zone: string;
  outcome: string | null;
  completed_at: string | null;
  overdue_check_at: string | null;
};

export type TaskWatcherRow = Timestamps & { task_id: string; user_id: string };

export type TaskReminderRow = Timestamps & {
  id: string;
  task_id: string;
  user_id: string;
  minutes_before: number;
  fire_at: string;
  fired_at: string | null;
};

export type NotificationRow = Timestamps & {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  entity_type: string | null;
  entity_id: string | null;
  in_app: Bool;
  is_read: Bool;
  read_at: string | null;
  /** pending → sent, or failed after the last attempt; null when the user wants no email of this kind. */
  email_state: string | null;
  email_attempts: number;
  email_retry_at: string | null;
};

export type NotificationPreferenceRow = Timestamps & { user_id: string; kind: string; in_app: Bool; email: Bool };
export type CalendarFeedRow = Timestamps & { user_id: string; token_hash: string };
export type FollowUpRuleRow = Timestamps & {
  kind: string;
  enabled: Bool;
  amount: number;
  task_type: string;
  active_since: string;
};
export type FollowUpLogRow = Timestamps & { rule_kind: string; occasion: string; task_id: string | null };

export type CounterRow = Timestamps & { name: string; value: number };
export type OrderStatusRow = Timestamps & { key: string; label: string; position: number; closed: Bool };

export type OrderRow = Timestamps & {
  id: string;
  number: string;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  currency: string;
  subtotal_minor: number;
  vat_minor: number;
  total_minor: number;
  cost_minor: number;
  paid_minor: number;
  payment_method: string | null;
  payment_status: string;
  status: string;
  source: string | null;
  delivery_method: string | null;
  delivery_address: string | null;
  tracking_number: string | null;
  note: string | null;
  owner_id: string | null;
  ordered_at: string;
};

export type OrderItemRow = Timestamps & {
  id: string;
  order_id: string;
  position: number;
  product_id: string | null;
  sku: string | null;
  name: string;
  quantity_milli: number;
  price_minor: number;
  cost_minor: number;
  discount_bp: number;
  vat_bp: number;
};

export type OrderPaymentRow = Timestamps & {
  id: string;
  order_id: string;
  amount_minor: number;
  method: string | null;
  paid_at: string;
  note: string | null;
  user_id: string | null;
};

export type WebFormRow = Timestamps & {
  id: string;
  name: string;
  active: Bool;
  allowed_origins: Json;
  assign_mode: string;
  assignee_ids: Json;
  next_assignee: number;
  source: string;
  success_message: string;
  redirect_url: string | null;
};

export type DocumentAssetRow = Timestamps & { id: string; data: string };

export type DocumentRow = Timestamps & {
  id: string;
  kind: string;
  number: string;
  deal_id: string | null;
  order_id: string | null;
  contact_id: string | null;
  company_id: string | null;
  currency: string;
  total_minor: number;
  language: string;
  data: Json;
  logo_id: string | null;
  owner_id: string | null;
  issued_at: string;
  sent_at: string | null;
  sent_to: string | null;
};

export interface DB {
  users: UserRow;
  sessions: SessionRow;
  login_attempts: LoginAttemptRow;
  password_resets: PasswordResetRow;
  audit_log: AuditLogRow;
  settings: SettingRow;
  custom_fields: CustomFieldRow;
  companies: CompanyRow;
  contacts: ContactRow;
  contact_channels: ContactChannelRow;
  contact_tags: ContactTagRow;
  contact_avatars: ContactAvatarRow;
  activities: ActivityRow;
  saved_views: SavedViewRow;
  jobs: JobRow;
  imports: ImportRow;
  import_files: ImportFileRow;
  import_errors: ImportErrorRow;
  import_records: ImportRecordRow;
  products: ProductRow;
  pipelines: PipelineRow;
  pipeline_stages: PipelineStageRow;
  deals: DealRow;
  deal_items: DealItemRow;
  deal_stage_totals: DealStageTotalRow;
  deal_stage_history: DealStageHistoryRow;
  leads: LeadRow;
  tasks: TaskRow;
  task_watchers: TaskWatcherRow;
  task_reminders: TaskReminderRow;
  notifications: NotificationRow;
  notification_preferences: NotificationPreferenceRow;
  calendar_feeds: CalendarFeedRow;
  follow_up_rules: FollowUpRuleRow;
  follow_up_log: FollowUpLogRow;
  counters: CounterRow;
  order_statuses: OrderStatusRow;
  orders: OrderRow;
  order_items: OrderItemRow;
  order_payments: OrderPaymentRow;
  web_forms: WebFormRow;
  document_assets: DocumentAssetRow;
  documents: DocumentRow;
}

export type { Generated };
