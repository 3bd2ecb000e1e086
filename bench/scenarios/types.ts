import type { Dataset } from '../lib/dataset.ts';
import type { Req } from '../lib/load.ts';

export type Role = 'manager' | 'admin';

/**
 * One benchmark scenario. `needs` names the routes it calls as OpenAPI keys
 * (`get /api/v1/contacts/{id}`); a scenario whose routes the server lacks is reported
 * "not built yet" instead of being faked.
 */
export type Scenario = {
  name: string;
  as: Role;
  needs: string[];
  requests?: (d: Dataset) => Req[];
  /** Served by the raw baseline too (same path and SQL), so the report shows the ratio. */
  baseline?: boolean;
  /** A job timed once instead of a load run (the CSV import); answers the line for the report. */
  once?: (run: OnceRun) => Promise<string>;
};

export type OnceRun = { url: string; token: string; args: Map<string, string> };

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
export const get = (path: () => string): Req => ({
  method: 'GET',
  setupRequest: (req) => ({ ...req, method: 'GET', path: path() }),
});
export const json = { 'content-type': 'application/json' };
