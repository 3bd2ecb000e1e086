import { describe, expect, it } from 'vitest';
import { htmlSnippet, scriptSnippet } from './snippets.ts';
import type { WebForm } from './web-forms.api.ts';
import { byFormField, createBody, toOrigin, updatePatch, webFormValues } from './webFormForm.ts';

const form: WebForm = {
  id: '018f0000-0000-7000-8000-000000000001',
  name: 'Shop',
  active: true,
  allowedOrigins: ['https://shop.example.com'],
  assignMode: 'round_robin',
  assigneeIds: ['018f0000-0000-7000-8000-00000000000a', '018f0000-0000-7000-8000-00000000000b'],
  source: 'website',
  successMessage: 'Thanks',
  redirectUrl: null,
  leadsCreated: 3,
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('web form editing', () => {
  it('cuts a pasted page address to its origin and leaves anything else for the server to judge', () => {
    expect(toOrigin(' https://Shop.Example.com/contacts?x=1 ')).toBe('https://shop.example.com');
    expect(toOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(toOrigin('shop.example.com')).toBe('shop.example.com');
    expect(toOrigin('ftp://files.example.com')).toBe('ftp://files.example.com');
  });

  it('sends only what changed, one person when the form goes to one person, and no empty redirect', () => {
    const values = webFormValues(form, 'unused');
    expect(updatePatch(values, form)).toEqual({});
    expect(updatePatch({ ...values, assignMode: 'user' }, form)).toEqual({
      assignMode: 'user',
      assigneeIds: ['018f0000-0000-7000-8000-00000000000a'],
    });
    expect(updatePatch({ ...values, redirectUrl: ' https://shop.example.com/thanks ' }, form)).toEqual({
      redirectUrl: 'https://shop.example.com/thanks',
    });
    expect(createBody({ ...webFormValues(undefined, 'Thank you'), name: ' New ' })).toMatchObject({
      name: 'New',
      successMessage: 'Thank you',
      redirectUrl: null,
      assignMode: 'round_robin',
    });
  });

  it('shows errors about list items under the list', () => {
    expect(byFormField({ 'allowedOrigins.1': 'An origin', 'assigneeIds.0': 'Inactive', other: 'x' })).toEqual({
      allowedOrigins: 'An origin',
      assigneeIds: 'Inactive',
    });
  });

  it('builds snippets that post to the endpoint and keep the honeypot', () => {
    const endpoint = 'https://crm.example.com/api/v1/public/forms/abc';
    expect(scriptSnippet(endpoint, 'uk')).toBe(`<script src="${endpoint}/embed.js" data-lang="uk" async></script>`);
    const html = htmlSnippet(endpoint, { name: 'Ім’я', phone: 'Phone', email: 'Email', message: 'Message <b>', send: 'Send' });
    expect(html).toContain(`action="${endpoint}"`);
    expect(html).toContain('name="website"');
    expect(html).toContain('Message &#60;b&#62;');
  });
});
