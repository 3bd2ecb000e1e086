import { describe, expect, it } from 'vitest';
import { ABILITIES, ROLE_ABILITIES, ROLES, roleCan, roleCanOnRecord } from './abilities.ts';

describe('role -> abilities table', () => {
  it('names only known abilities', () => {
    for (const role of ROLES) for (const a of ROLE_ABILITIES[role]) expect(ABILITIES).toContain(a);
  });

  it('follows the duties of each role', () => {
    expect(ROLES.filter((r) => roleCan(r, 'users.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => roleCan(r, 'settings.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => roleCan(r, 'audit.read'))).toEqual(['admin']);
    expect(ROLES.filter((r) => roleCan(r, 'campaigns.send'))).toEqual(['admin', 'marketer']);
    expect(ROLES.filter((r) => roleCan(r, 'reports.sales'))).toEqual(['admin', 'manager', 'marketer']);
    expect(ROLES.filter((r) => roleCan(r, 'reports.support'))).toEqual(['admin', 'support']);
    expect(ROLES.filter((r) => roleCan(r, 'contacts.read.all'))).toEqual(['admin', 'manager', 'marketer', 'support']);
    expect(roleCan('marketer', 'contacts.write.own')).toBe(false);
    expect(roleCan('marketer', 'contacts.read.own')).toBe(true);
    expect(roleCan('support', 'contacts.write.all')).toBe(true);
  });

  it('lets .own abilities act only on records the user owns', () => {
    expect(roleCanOnRecord('manager', 'deals', 'write', 'u1', 'u1')).toBe(true);
    expect(roleCanOnRecord('manager', 'deals', 'write', 'u1', 'u2')).toBe(false);
    expect(roleCanOnRecord('admin', 'deals', 'write', 'u1', 'u2')).toBe(true);
    expect(roleCanOnRecord('marketer', 'deals', 'read', 'u1', 'u1')).toBe(false);
  });
});
