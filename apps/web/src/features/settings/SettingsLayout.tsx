import { Outlet } from 'react-router';

/**
 * The frame of the Settings module; its sections (users, login history, audit log) come from
 * app/modules.ts and the sidebar lists them.
 */
export default function SettingsLayout() {
  return <Outlet />;
}
