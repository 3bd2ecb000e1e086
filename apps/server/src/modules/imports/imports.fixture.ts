import type { App } from '../../http/app-types.ts';
import type { Caller } from '../../test/harness.ts';

/** `POST /imports` with a multipart upload as a browser sends it. */
export function uploadImport(
  app: App,
  caller: Caller,
  content: string | Buffer,
  fields: Record<string, string> = {},
  name = 'contacts.csv',
) {
  const boundary = '----spilno-test';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    payload,
    headers: { authorization: `Bearer ${caller.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}
