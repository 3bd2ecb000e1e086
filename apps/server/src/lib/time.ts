/** Every timestamp is stored and sent as an ISO 8601 UTC string with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
export const isoIn = (ms: number, from = Date.now()): string => new Date(from + ms).toISOString();
