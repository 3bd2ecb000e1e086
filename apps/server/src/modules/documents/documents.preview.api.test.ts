import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsFixture } from './documents.fixture.ts';

let f: Awaited<ReturnType<typeof documentsFixture>>;
let quote: { id: string; number: string };

beforeAll(async () => {
  f = await documentsFixture();
  quote = (await f.managerA.post('/api/v1/documents', { kind: 'quote', orderId: f.order.id })).json();
});
afterAll(() => f.t.close());

describe('document preview', () => {
  it('serves the PDF inline, framable by our own pages only', async () => {
    const res = await f.managerA.get(`/api/v1/documents/${quote.id}/preview`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${quote.number}.pdf"`);
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('hides documents of other managers', async () => {
    expect((await f.managerB.get(`/api/v1/documents/${quote.id}/preview`)).statusCode).toBe(404);
  });
});
