import autocannon from 'autocannon';

export type Req = autocannon.Request;
type Sent = { sent?: string };
export type LoadResult = {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  failures: number;
  firstFailure: string | null;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * One autocannon run. Latencies are recorded per response by us, because autocannon's own
 * summary has no p95. Non-2xx answers, socket errors and timeouts all count as failures.
 */
export async function load(opts: {
  url: string;
  connections: number;
  duration: number;
  requests: Req[];
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const times: number[] = [];
  let firstFailure: string | null = null;
  const requests = opts.requests.map((r): Req => {
    const setup = typeof r.setupRequest === 'function' ? r.setupRequest : (req: Req) => req;
    return {
      ...r,
      // Remembers what was sent, so a failure report names the request that failed.
      setupRequest: (req, context) => {
        const out = setup(req, context);
        (context as Sent).sent = `${out.method ?? 'GET'} ${out.path}`;
        return out;
      },
      onResponse: (status, body, context, headers) => {
        if ((status < 200 || status > 299) && !firstFailure)
          firstFailure = `${status} ${(context as Sent).sent}: ${body.slice(0, 300)}`;
        if (typeof r.onResponse === 'function') r.onResponse(status, body, context, headers);
      },
    };
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: opts.url, connections: opts.connections, duration: opts.duration, headers: opts.headers, requests, timeout: 10 },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  const sorted = Float64Array.from(times).sort();
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: result.requests.total / (result.duration || opts.duration),
    requests: result.requests.total,
    // `errors` already includes timeouts.
    failures: result.non2xx + result.errors,
    firstFailure:
      firstFailure ?? (result.errors ? `${result.errors} connection errors, ${result.timeouts} of them timeouts (> 10 s)` : null),
  };
}
