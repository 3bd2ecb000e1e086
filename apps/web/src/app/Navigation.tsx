import { NavLink } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/session.ts';
import { modulesFor, sectionsFor } from './access.tsx';

/** The sidebar: home, then every built module the user's role may open, in the fixed order. */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const inside = (path: string) => pathname === path || pathname.startsWith(`${path}/`);

  return (
    <div>
      <NavLink
        component={Link}
        to="/"
        label={t('nav.home')}
        leftSection={<IconHome size={20} stroke={1.6} />}
        active={pathname === '/'}
        onClick={onNavigate}
      />
      {modulesFor(user.role).map((module) => {
        const Icon = module.icon;
        const sections = sectionsFor(module, user.role);
        const common = { label: t(`modules.${module.key}`), leftSection: <Icon size={20} stroke={1.6} /> };
        if (sections.length === 0) {
          return (
            <NavLink
              key={module.key}
              component={Link}
              to={module.path}
              active={inside(module.path)}
              onClick={onNavigate}
              {...common}
            />
          );
        }
        return (
          <NavLink key={module.key} component="button" {...common} defaultOpened childrenOffset={20}>
            {sections.map((s) => (
              <NavLink
                key={s.key}
                component={Link}
                to={`${module.path}/${s.path}`}
                label={t(`settings.sections.${s.key}`)}
                leftSection={<s.icon size={18} stroke={1.6} />}
                active={inside(`${module.path}/${s.path}`)}
                onClick={onNavigate}
              />
            ))}
          </NavLink>
        );
      })}
    </div>
  );
}
