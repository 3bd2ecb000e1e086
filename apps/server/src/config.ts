import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().default('sqlite://./data/spilno.db'),
  /** Where links in emails point; defaults to the local address. */
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(8),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(30),
  /** Requests per minute per client address, over the whole API. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(1200),
  /** Set when a reverse proxy terminates TLS, so client IPs and https are read from its headers. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** The built web app; a relative path is taken from the working directory. */
  WEB_DIST: z
    .string()
    .default(`${repoRoot}apps/web/dist`)
    .transform((path) => resolve(path)),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string;
  logLevel: z.infer<typeof env>['LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  rateLimitMax: number;
  trustProxy: boolean;
  webDist: string;
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const e = env.parse(source);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_HOURS * 3600_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_DAYS * 86400_000,
    rateLimitMax: e.RATE_LIMIT_MAX,
    trustProxy: e.TRUST_PROXY === 'true',
    webDist: e.WEB_DIST,
  };
}
