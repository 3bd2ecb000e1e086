import { activity, activityCreate, activityListQuery, activityUpdate, idParams, page } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { createActivity, deleteActivity, listActivities, updateActivity } from './activities.service.ts';

export async function activitiesRoutes(app: App) {
  const tags = ['activities'];
  app.get(
    '/api/v1/activities',
    {
      config: { ability: 'activities.read.own' },
      schema: { tags, querystring: activityListQuery, response: { 200: page(activity) } },
    },
    (req) => listActivities(ctxOf(req), req.query),
  );
  app.post(
    '/api/v1/activities',
    { config: { ability: 'activities.write.own' }, schema: { tags, body: activityCreate, response: { 201: activity } } },
    async (req, reply) => reply.code(201).send(await createActivity(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/v1/activities/:id',
    {
      config: { ability: 'activities.write.own' },
      schema: { tags, params: idParams, body: activityUpdate, response: { 200: activity } },
    },
    (req) => updateActivity(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/activities/:id',
    { config: { ability: 'activities.write.own' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      await deleteActivity(ctxOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
