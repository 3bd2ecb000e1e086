/** `--name value`, `--name=value` and bare `--flag`; enough for the bench scripts, no dependency. */
export function parseArgs(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) continue;
    const [key = '', inline] = a.slice(2).split('=', 2);
    const next = argv[i + 1];
    if (inline !== undefined) out.set(key, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      out.set(key, next);
      i++;
    } else out.set(key, 'true');
  }
  return out;
}

export const DEFAULT_DB = 'sqlite://./bench/data.db';
