import { Badge } from '@mantine/core';
import type { Role } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from './users.api.ts';

const ROLE_COLORS: Record<Role, string> = { admin: 'grape', manager: 'blue', marketer: 'pink', support: 'cyan' };
const STATUS_COLORS: Record<UserStatus, string> = { active: 'teal', pending: 'orange', deactivated: 'gray' };

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role]} variant="light">
      {t(`roles.${role}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'pending' ? 'filled' : 'light'}>
      {t(`userStatus.${status}`)}
    </Badge>
  );
}
