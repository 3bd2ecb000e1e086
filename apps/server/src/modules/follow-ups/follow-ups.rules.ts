import type { FollowUpKind, FollowUpRule } from '@spilno/schema';

/**
 * What each rule kind does and whether its records exist yet. A new kind adds a line here and a
 * source in follow-ups.sources.ts; until then it shows as unavailable.
 */
export const RULE_KINDS: Record<FollowUpKind, Omit<FollowUpRule, 'kind' | 'enabled'>> = {
  contact_created: { available: true, amount: 1, taskType: 'call' },
  contact_no_activity: { available: true, amount: 30, taskType: 'follow_up' },
  lead_created: { available: true, amount: 1, taskType: 'call' },
  deal_no_activity: { available: true, amount: 14, taskType: 'follow_up' },
};
