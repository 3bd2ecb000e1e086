// The server augments Fastify's types through plugin imports in app.ts, which the bench does not load.
import '@fastify/cookie';
