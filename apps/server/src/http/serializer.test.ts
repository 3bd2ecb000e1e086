import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler, writerSchema } from './serializer.ts';

const route = { method: 'GET', url: '/x' };
const compile = (schema: z.ZodType, check: boolean) => serializerCompiler({ check })({ ...route, schema });

describe('response writer', () => {
  const schema = z.object({
    id: z.uuid(),
    format: z.enum(['csv', 'xlsx']),
    address: z.object({ city: z.string() }).nullable(),
    changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  });
  const value = { id: '0192f7a0-1234-7abc-8def-0123456789ab', format: 'csv', address: null, changes: { a: [1, { b: 2 }] } };

  it('keeps a field named like a keyword, makes "X or null" nullable and tuples plain arrays', () => {
    const json = writerSchema(z.toJSONSchema(schema, { io: 'input', target: 'draft-7' })) as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(json.properties)).toEqual(['id', 'format', 'address', 'changes']);
    expect(json.properties.id).toEqual({ type: 'string' });
    expect(json.properties.address).toMatchObject({ type: ['object', 'null'], properties: { city: { type: 'string' } } });
    expect(JSON.stringify(json)).not.toContain('anyOf');
  });

  it('writes only declared fields, the same JSON as zod', () => {
    const write = compile(schema, true);
    expect(JSON.parse(write({ ...value, secret: 'hash' }))).toEqual(value);
    expect(JSON.parse(write({ ...value, address: { city: 'Lviv', street: 'x' } })).address).toEqual({ city: 'Lviv' });
  });

  it('refuses, when checking, a value that breaks the contract', () => {
    expect(() => compile(schema, true)({ ...value, format: 'pdf' })).toThrow();
    expect(compile(schema, false)({ ...value, format: 'pdf' })).toContain('"pdf"');
  });
});
