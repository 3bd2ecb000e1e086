import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, ERROR_TITLE, type ErrorCode, type FieldError } from './errors.ts';

function sendProblem(reply: FastifyReply, code: ErrorCode, detail: string, errors?: FieldError[]) {
  const status = ERROR_STATUS[code];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://spilno.dev/problems/${code}`,
      title: ERROR_TITLE[code],
      status,
      detail,
      ...(errors ? { errors } : {}),
    });
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid',
};

/** One handler turns every failure into RFC 9457 problem+json; anything unexpected is a logged 500. */
export function errorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.headers) reply.headers(error.headers);
    return sendProblem(reply, error.code, error.message, error.errors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.flatMap((v) => {
      const path = v.instancePath.slice(1).replaceAll('/', '.');
      // A strict object names the unknown fields in `keys`; report each one where it is.
      const unknown = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
      if (unknown.length) return unknown.map((k) => ({ path: path ? `${path}.${k}` : k, message: 'Unknown field' }));
      return [{ path: path || (error.validationContext ?? ''), message: v.message ?? 'Invalid value' }];
    });
    return sendProblem(reply, 'invalid', `The ${error.validationContext ?? 'request'} is not valid.`, errors);
  }
  if (error.code && fastifyCodes[error.code]) return sendProblem(reply, fastifyCodes[error.code] as ErrorCode, error.message);
  if (error instanceof SyntaxError || error.statusCode === 400) return sendProblem(reply, 'invalid', error.message);
  if (error.statusCode === 429) return sendProblem(reply, 'rate_limited', error.message);
  if (error.statusCode === 413) return sendProblem(reply, 'too_large', error.message);
  if (error.statusCode === 415) return sendProblem(reply, 'unsupported_media_type', error.message);
  if (isResponseSerializationError(error))
    req.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
  else req.log.error({ err: error }, 'unhandled error');
  return reply
    .code(500)
    .type('application/problem+json')
    .send({
      type: 'https://spilno.dev/problems/internal',
      title: 'Internal error',
      status: 500,
      detail: `Something went wrong on our side. Reference: ${req.id}`,
      requestId: req.id,
    });
}
