import { contactScenarios } from './contacts.ts';
import { plannedScenarios } from './planned.ts';
import type { Scenario } from './types.ts';

export const SCENARIOS: Scenario[] = [...contactScenarios, ...plannedScenarios];
