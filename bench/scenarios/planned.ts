import type { Scenario } from './types.ts';

/**
 * Scenarios of issue 6 whose modules are not built yet. When a module lands, move its entry to
 * a file of its own with `requests`; until then the run lists it as "not built yet".
 */
export const plannedScenarios: Scenario[] = [
  { name: 'ticket queue', as: 'admin', needs: ['get /api/v1/tickets'] },
  { name: 'sales dashboard', as: 'manager', needs: ['get /api/v1/dashboards/{id}'] },
  { name: 'caller-ID lookup', as: 'admin', needs: ['get /api/v1/telephony/lookup'] },
];
