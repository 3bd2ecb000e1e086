import { settings, settingsUpdate } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { getSettings, updateSettings } from './settings.service.ts';

export async function settingsRoutes(app: App) {
  const tags = ['settings'];
  // Every signed-in user reads them: the default phone region and currency shape their forms.
  app.get('/api/v1/settings', { config: { ability: 'profile.self' }, schema: { tags, response: { 200: settings } } }, () =>
    getSettings(app.deps.db),
  );
  app.patch(
    '/api/v1/settings',
    { config: { ability: 'settings.manage' }, schema: { tags, body: settingsUpdate, response: { 200: settings } } },
    (req) => updateSettings(ctxOf(req), req.body),
  );
}
