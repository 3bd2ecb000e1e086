import type { WebForm, WebFormCreate, WebFormUpdate } from './web-forms.api.ts';

export type WebFormValues = {
  name: string;
  active: boolean;
  allowedOrigins: string[];
  assignMode: WebForm['assignMode'];
  assigneeIds: string[];
  source: WebForm['source'];
  successMessage: string;
  redirectUrl: string;
};
export const WEB_FORM_FIELDS = [
  'name',
  'active',
  'allowedOrigins',
  'assignMode',
  'assigneeIds',
  'source',
  'successMessage',
  'redirectUrl',
] as const;

export function webFormValues(f: WebForm | undefined, successMessage: string): WebFormValues {
  return {
    name: f?.name ?? '',
    active: f?.active ?? true,
    allowedOrigins: f?.allowedOrigins ?? [],
    assignMode: f?.assignMode ?? 'round_robin',
    assigneeIds: f?.assigneeIds ?? [],
    source: f?.source ?? 'website',
    successMessage: f?.successMessage ?? successMessage,
    redirectUrl: f?.redirectUrl ?? '',
  };
}

/**
 * What people paste is often a page address; the server wants the site's origin
 * (`https://shop.example.com/contacts` → `https://shop.example.com`). Anything else stays as
 * typed, for the server to explain.
 */
export function toOrigin(value: string): string {
  const text = value.trim();
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : text;
  } catch {
    return text;
  }
}

function body(v: WebFormValues): Required<WebFormCreate> {
  return {
    name: v.name.trim(),
    active: v.active,
    allowedOrigins: v.allowedOrigins,
    assignMode: v.assignMode,
    // One person means exactly one: the server gives every lead to the first in the list.
    assigneeIds: v.assignMode === 'user' ? v.assigneeIds.slice(0, 1) : v.assigneeIds,
    source: v.source,
    successMessage: v.successMessage.trim(),
    redirectUrl: v.redirectUrl.trim() || null,
  };
}

export const createBody = (v: WebFormValues): WebFormCreate => body(v);

/** Only what changed. */
export function updatePatch(v: WebFormValues, f: WebForm): WebFormUpdate {
  const next = body(v);
  const same = (k: (typeof WEB_FORM_FIELDS)[number]) => JSON.stringify(next[k]) === JSON.stringify(f[k]);
  return Object.fromEntries(WEB_FORM_FIELDS.filter((k) => !same(k)).map((k) => [k, next[k]])) as WebFormUpdate;
}

/** A 400 names list items (`allowedOrigins.1`); the form shows them under the list's input. */
export function byFormField(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.split('.')[0] ?? path;
    if ((WEB_FORM_FIELDS as readonly string[]).includes(field) && !(field in out)) out[field] = message;
  }
  return out;
}
