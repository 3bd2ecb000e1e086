import { AVATAR_MAX_BYTES, avatarQuery, contact, idParams } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { readAvatar, removeAvatar, saveAvatar } from './contact-avatar.ts';

/** Upload, show and remove a contact's photo; the same visibility as the contact itself. */
export async function contactAvatarRoutes(app: App) {
  const tags = ['contacts'];
  // Multipart parsing is registered app-wide by the imports module; the photo has its own, smaller limit.
  app.post(
    '/api/v1/contacts/:id/avatar',
    {
      config: { ability: 'contacts.write.own' },
      schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 200: contact } },
    },
    async (req) => {
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', 'Send the photo as multipart/form-data.');
      const file = await req.file({ limits: { fileSize: AVATAR_MAX_BYTES, files: 1 } });
      if (!file) throw new AppError('invalid', 'Attach the photo.', [{ path: 'file', message: 'Required' }]);
      // Throws a 413 past the limit, before the rest of the upload is read.
      const bytes = await file.toBuffer();
      return saveAvatar(ctxOf(req), req.params.id, bytes);
    },
  );

  app.get(
    '/api/v1/contacts/:id/avatar',
    { config: { ability: 'contacts.read.own' }, schema: { tags, params: idParams, querystring: avatarQuery } },
    async (req, reply) => {
      const photo = await readAvatar(ctxOf(req), req.params.id);
      const etag = `"${photo.hash}"`;
      // The address the contact points at carries the hash: that one never changes, so it is cached
      // for good; any other address is checked again each time. Private: it needs the caller's session.
      reply
        .header('etag', etag)
        .header('cache-control', req.query.v === photo.hash ? 'private, max-age=31536000, immutable' : 'private, no-cache');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(photo.mime).send(photo.data);
    },
  );

  app.delete(
    '/api/v1/contacts/:id/avatar',
    { config: { ability: 'contacts.write.own' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      await removeAvatar(ctxOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
