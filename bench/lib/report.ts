import type { LoadResult } from './load.ts';

export type Row = {
  name: string;
  status?: string;
  runs?: LoadResult[];
  errors?: number;
  rss?: number;
  firstFailure?: string | null;
  baseline?: LoadResult[];
};

const ms = (v: number) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));

/** A Markdown table, so the output can be pasted into bench/README.md as it is. */
export function printTable(rows: Row[], connections: number[]): void {
  const head = ['scenario'];
  for (const c of connections) head.push(`c=${c} p50/p95/p99 ms`, `c=${c} req/s`);
  head.push('errors', 'peak RSS MB', `vs baseline (${connections.map((c) => `c=${c}`).join(', ')})`);
  const lines = [head, head.map(() => '---')];
  for (const r of rows) {
    if (!r.runs) {
      lines.push([r.name, ...connections.flatMap(() => ['', '']), r.status ?? '', '', '']);
      continue;
    }
    const cells = [r.name];
    for (const run of r.runs) cells.push(`${ms(run.p50)} / ${ms(run.p95)} / ${ms(run.p99)}`, String(Math.round(run.rps)));
    const ratio = r.baseline ? r.runs.map((run, i) => (run.rps / (r.baseline?.[i]?.rps || 1)).toFixed(2)).join(', ') : '';
    cells.push(String(r.errors ?? 0), String(r.rss ?? ''), ratio);
    lines.push(cells);
  }
  console.log(`\n${lines.map((l) => `| ${l.join(' | ')} |`).join('\n')}\n`);
  for (const r of rows) if (r.firstFailure) console.log(`${r.name}: first failure: ${r.firstFailure}`);
  for (const r of rows.filter((x) => x.baseline)) {
    console.log(
      `baseline ${r.name}: ${(r.baseline ?? []).map((b) => `${Math.round(b.rps)} req/s p99 ${ms(b.p99)} ms`).join('; ')}`,
    );
  }
}
