import {
  DEFAULT_TIME_ZONE,
  idParams,
  page,
  task,
  taskComplete,
  taskCompleted,
  taskCreate,
  taskListQuery,
  taskOccurrenceUpdate,
  taskUpdate,
} from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { completeTask } from './tasks.complete.ts';
import { updateOccurrence } from './tasks.occurrence.ts';
import { listTasks } from './tasks.repo.ts';
import { createTask, deleteTask, getTask, updateTask } from './tasks.service.ts';

export async function tasksRoutes(app: App) {
  const tags = ['tasks'];
  const read = { ability: 'tasks.read.own' } as const;
  const write = { ability: 'tasks.write.own' } as const;

  app.get('/api/v1/tasks', { config: read, schema: { tags, querystring: taskListQuery, response: { 200: page(task) } } }, (req) =>
    listTasks(ctxOf(req), req.query, req.query.timeZone ?? DEFAULT_TIME_ZONE),
  );
  app.post('/api/v1/tasks', { config: write, schema: { tags, body: taskCreate, response: { 201: task } } }, async (req, reply) =>
    reply.code(201).send(await createTask(ctxOf(req), req.body)),
  );
  app.get('/api/v1/tasks/:id', { config: read, schema: { tags, params: idParams, response: { 200: task } } }, (req) =>
    getTask(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/tasks/:id',
    { config: write, schema: { tags, params: idParams, body: taskUpdate, response: { 200: task } } },
    (req) => updateTask(ctxOf(req), req.params.id, req.body),
  );
  // One occurrence of a series (or it and all following): answers the task that now holds it.
  app.post(
    '/api/v1/tasks/:id/occurrence',
    { config: write, schema: { tags, params: idParams, body: taskOccurrenceUpdate, response: { 200: task } } },
    (req) => updateOccurrence(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/tasks/:id/complete',
    { config: write, schema: { tags, params: idParams, body: taskComplete, response: { 200: taskCompleted } } },
    (req) => completeTask(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/tasks/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteTask(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
