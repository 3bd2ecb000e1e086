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

export interface DB {
  users: UserRow;
  sessions: SessionRow;
  login_attempts: LoginAttemptRow;
  password_resets: PasswordResetRow;
  audit_log: AuditLogRow;
}

export type { Generated };
