import type { Scenario } from './types.ts';

/**
 * Scenarios of issue 6 whose modules are not built yet. When a module lands, move its entry to
 * a file of its own with `requests`; until then the run lists it as "not built yet".
 */
export const plannedScenarios: Scenario[] = [
  { name: 'lead board', as: 'manager', needs: ['get /api/v1/leads'] },
  { name: 'pipeline board', as: 'manager', needs: ['get /api/v1/deals', 'get /api/v1/pipelines'] },
  { name: 'order list', as: 'manager', needs: ['get /api/v1/orders'] },
  { name: 'create order', as: 'manager', needs: ['post /api/v1/orders'] },
  { name: 'my tasks', as: 'manager', needs: ['get /api/v1/tasks'] },
  { name: 'team calendar month', as: 'manager', needs: ['get /api/v1/calendar'] },
  { name: 'ticket queue', as: 'admin', needs: ['get /api/v1/tickets'] },
  { name: 'sales dashboard', as: 'manager', needs: ['get /api/v1/dashboards/{id}'] },
  { name: 'caller-ID lookup', as: 'admin', needs: ['get /api/v1/telephony/lookup'] },
];
