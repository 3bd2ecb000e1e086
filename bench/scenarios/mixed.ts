import type { Dataset } from '../lib/dataset.ts';
import type { Req } from '../lib/load.ts';
import { createContact, listPath, logCall, namePath, phonePath } from './contacts.ts';
import { calendarMonthPath, createOrder, dealBoardPath, leadBoardPath, myTasksPath, orderListPath } from './sales.ts';
import { json, pick, type Scenario } from './types.ts';

/**
 * A working day's blend, drawn per request: 80 % reads across contacts, sales and tasks, 20 %
 * writes (new contact, logged call, new order). Shares are cumulative thresholds below.
 */
const READS: [number, (d: Dataset) => string][] = [
  [0.14, listPath],
  [0.22, namePath],
  [0.27, phonePath],
  [0.35, (d) => `/api/v1/contacts/${pick(d.contactIds)}`],
  [0.43, (d) => `/api/v1/activities?contactId=${pick(d.contactIds)}&limit=50`],
  [0.48, leadBoardPath],
  [0.53, dealBoardPath],
  [0.63, orderListPath],
  [0.75, myTasksPath],
  [0.8, calendarMonthPath],
];

export const mixedScenario: Scenario = {
  name: 'mixed (80% read / 20% write)',
  as: 'manager',
  needs: [
    'get /api/v1/contacts',
    'post /api/v1/contacts',
    'get /api/v1/activities',
    'post /api/v1/activities',
    'get /api/v1/contacts/{id}',
    'get /api/v1/leads/board',
    'get /api/v1/deals/board',
    'get /api/v1/orders',
    'post /api/v1/orders',
    'get /api/v1/tasks',
    'get /api/v1/calendar',
  ],
  requests: (d) => {
    const writes: [number, Req][] = [
      [0.86, createContact()],
      [0.93, logCall(d)],
      [1, createOrder(d)],
    ];
    return [
      {
        method: 'GET',
        setupRequest: (req, ctx) => {
          const r = Math.random();
          const read = READS.find(([upTo]) => r < upTo);
          if (read) return { ...req, method: 'GET', path: read[1](d) };
          const w = (writes.find(([upTo]) => r < upTo) ?? writes[0])?.[1] as Req;
          return (w.setupRequest as (q: Req, c: object) => Req)({ ...req, headers: { ...req.headers, ...json } }, ctx);
        },
      },
    ];
  },
};
