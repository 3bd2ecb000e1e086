import { type Ability, type Role, roleCan } from '@spilno/schema/abilities';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../features/auth/session.ts';
import { NotAllowed, NotFound } from './ErrorScreens.tsx';
import { type AppModule, MODULES, type ModuleSection } from './modules.ts';

// Loaded lazily by the router: the role table (and zod with it) stays out of the sign-in bundle.

export function roleCanAny(role: Role, abilities: readonly Ability[]): boolean {
  return abilities.some((a) => roleCan(role, a));
}

/** The built modules this role may open, in sidebar order. */
export function modulesFor(role: Role): AppModule[] {
  return MODULES.filter((m) => m.built && roleCanAny(role, m.abilities));
}

/** Modules this role will be able to use once they are built. */
export function upcomingModulesFor(role: Role): AppModule[] {
  return MODULES.filter((m) => !m.built && roleCanAny(role, m.abilities));
}

export function sectionsFor(module: AppModule, role: Role): ModuleSection[] {
  return (module.sections ?? []).filter((s) => roleCanAny(role, [s.ability]));
}

/** Shows the page only to roles the server would serve; the server enforces it anyway. */
export function RequireAbility({ abilities, children }: { abilities: readonly Ability[]; children: ReactNode }) {
  const user = useCurrentUser();
  return roleCanAny(user.role, abilities) ? children : <NotAllowed />;
}

/** `/settings` alone opens the first section this user may see. */
export function FirstSection({ module }: { module: AppModule }) {
  const user = useCurrentUser();
  const first = sectionsFor(module, user.role)[0];
  return first ? <Navigate to={first.path} replace /> : <NotFound />;
}
