import type { Problem } from '@spilno/schema';

const BASE = '/api/v1';
const CSRF_COOKIE = 'spilno_csrf';

type QueryValue = string | number | boolean | null | undefined;
export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** JSON, or FormData for a multipart upload (the browser sets its content type). */
  body?: unknown;
  query?: Record<string, QueryValue | readonly string[]>;
};

/** An RFC 9457 problem answer (or a network failure, status 0) as a throwable error. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly path: string;
  /** Seconds from a Retry-After header (429), when the server sent one. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, path: string, retryAfter?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.path = path;
    this.retryAfter = retryAfter;
  }

  /** Field path ("password", "email") -> the server's message about it. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) if (!(e.path in out)) out[e.path] = e.message;
    return out;
  }
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

/** The address of an API path with its query; also what download links point at. */
export function apiUrl(path: string, query?: Record<string, QueryValue | readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

async function toProblem(res: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: res.statusText || `HTTP ${res.status}`, status: res.status };
  if (!(res.headers.get('content-type') ?? '').includes('json')) return fallback;
  try {
    const body = (await res.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: res.status };
  } catch {
    return fallback;
  }
}

/** Calls the Spilno API: same-origin cookies, JSON in and out, CSRF header on every write. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ type: 'network', title: 'Network error', status: 0 }, path);
  }
  if (!res.ok) {
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new ApiError(await toProblem(res), path, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
