import { CALL_OUTCOMES } from '@spilno/schema';
import { type Lang, POOLS } from '../../apps/server/src/cli/demo-data/names.ts';
import { mobile } from '../../apps/server/src/cli/demo-data/phones.ts';
import { Random } from '../data/random.ts';
import type { Dataset } from '../lib/dataset.ts';
import type { Req } from '../lib/load.ts';
import { get, json, pick, type Scenario } from './types.ts';

const rnd = new Random(Date.now());
const q = encodeURIComponent;

// vip (5% of contacts), as issue 6 words it; a common tag (retail, 35%) costs far more under today's plan.
export const listPath = (_d?: Dataset) => '/api/v1/contacts?tag=vip&sort=-createdAt&limit=50';
export const namePath = (d: Dataset) => `/api/v1/contacts?q=${q(pick(d.surnames))}&limit=50`;
export const phonePath = (d: Dataset) => `/api/v1/contacts?q=${q(pick(d.phoneFragments))}&limit=50`;

/** A new contact as a person types it: national phone format with spaces, mixed-case email. */
function newContact(): string {
  const lang = pick<Lang>(['uk', 'ru', 'it', 'en']);
  const female = rnd.chance(0.5);
  const pool = POOLS[lang];
  const e164 = mobile(lang, rnd);
  const typed = e164.startsWith('+380')
    ? `0${e164.slice(4, 6)} ${e164.slice(6, 9)} ${e164.slice(9, 11)} ${e164.slice(11)}`
    : e164;
  return JSON.stringify({
    firstName: pick(female ? pool.female : pool.male),
    lastName: pick(pool.surnames)[female ? 1 : 0],
    phones: [{ value: typed, label: 'mobile' }],
    emails: [{ value: `Bench.${rnd.digits(8)}@Gmail.com`, label: 'home' }],
    // vip as often as in the generated data: without it every run put thousands of contacts
    // without vip on top of "vip, newest first", and that scenario fell from 629 to 153 req/s.
    tags: [...(rnd.chance(0.5) ? ['new'] : []), ...(rnd.chance(0.05) ? ['vip'] : [])],
  });
}

export const createContact = (): Req => ({
  method: 'POST',
  headers: json,
  setupRequest: (req) => ({ ...req, method: 'POST', path: '/api/v1/contacts', body: newContact() }),
});
export const logCall = (d: Dataset): Req => ({
  method: 'POST',
  headers: json,
  setupRequest: (req) => ({
    ...req,
    method: 'POST',
    path: '/api/v1/activities',
    body: JSON.stringify({
      type: 'call',
      contactId: pick(d.contactIds),
      direction: 'outbound',
      durationSec: 60,
      outcome: pick(CALL_OUTCOMES),
      body: 'Bench call',
    }),
  }),
});

export const contactScenarios: Scenario[] = [
  {
    name: 'contact list (tag + sort)',
    as: 'manager',
    needs: ['get /api/v1/contacts'],
    baseline: true,
    requests: (d) => [get(() => listPath(d))],
  },
  {
    name: 'search by name',
    as: 'manager',
    needs: ['get /api/v1/contacts'],
    baseline: true,
    requests: (d) => [get(() => namePath(d))],
  },
  {
    name: 'search by partial phone',
    as: 'manager',
    needs: ['get /api/v1/contacts'],
    baseline: true,
    requests: (d) => [get(() => phonePath(d))],
  },
  {
    // Two requests per page, as the web app makes them; latencies are per request.
    name: 'contact page (contact + timeline)',
    as: 'manager',
    needs: ['get /api/v1/contacts/{id}', 'get /api/v1/activities'],
    requests: (d) => [
      {
        method: 'GET',
        setupRequest: (req, ctx) => {
          const id = pick(d.contactIds);
          (ctx as { id?: string }).id = id;
          return { ...req, method: 'GET', path: `/api/v1/contacts/${id}` };
        },
      },
      {
        method: 'GET',
        setupRequest: (req, ctx) => ({
          ...req,
          method: 'GET',
          path: `/api/v1/activities?contactId=${(ctx as { id?: string }).id}&limit=50`,
        }),
      },
    ],
  },
  { name: 'create contact', as: 'manager', needs: ['post /api/v1/contacts'], requests: () => [createContact()] },
  {
    name: 'company list',
    as: 'admin',
    needs: ['get /api/v1/companies'],
    requests: () => [get(() => '/api/v1/companies?sort=name&limit=50')],
  },
];
