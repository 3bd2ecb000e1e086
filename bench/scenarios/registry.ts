import { contactScenarios } from './contacts.ts';
import { importScenario } from './import.ts';
import { mixedScenario } from './mixed.ts';
import { plannedScenarios } from './planned.ts';
import { salesScenarios } from './sales.ts';
import type { Scenario } from './types.ts';

export const SCENARIOS: Scenario[] = [...contactScenarios, ...salesScenarios, mixedScenario, importScenario, ...plannedScenarios];
