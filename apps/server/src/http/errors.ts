/**
 * One error shape for every answer that is not a success, and the handler that maps validation,
 * parse and unexpected errors onto it without putting personal data in the logs.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isUniqueViolation } from '@sightline/store';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export type ErrorCode =
  | 'validation'
  | 'unauthorised'
  | 'forbidden'
  | 'csrf'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'server';

export interface Issue {
  path: string;
  message: string;
}

/** An error a route throws on purpose: it becomes `{ error, message, ...extra }` with its status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'That record'): HttpError => new HttpError(404, 'not-found', `${what} was not found`);
export const forbidden = (message: string): HttpError => new HttpError(403, 'forbidden', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}): HttpError =>
  new HttpError(409, 'conflict', message, extra);

/** A 400 naming each bad field. */
export function badRequest(issues: Issue[]): HttpError {
  return new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
}

export function sendError(
  reply: FastifyReply,
  statusCode: number,
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  return reply.code(statusCode).send({ error: code, message, ...extra });
}

function validationIssues(error: FastifyError): Issue[] {
  const context = error.validationContext ?? 'body';
  if (hasZodFastifySchemaValidationErrors(error)) {
    return error.validation.map((v) => {
      const suffix = v.instancePath === '/' ? '' : v.instancePath;
      return { path: `${context}${suffix}`, message: v.message ?? 'Invalid value' };
    });
  }
  return [{ path: context, message: error.message }];
}

/** What may be logged about an unexpected error: its kind and database codes, never its text or parameters. */
export function describeErrorSafely(error: unknown): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; code?: unknown; constraint?: unknown; routine?: unknown };
    described[`level${depth}`] = {
      name: typeof e.name === 'string' ? e.name : typeof current,
      code: typeof e.code === 'string' ? e.code : undefined,
      constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    };
    current = (current as { cause?: unknown }).cause;
  }
  if (error instanceof Error && error.stack) {
    // The stack's first line holds the message (which may quote data); keep only the frames.
    described.frames = error.stack.split('\n').slice(1, 8).join('\n');
  }
  return described;
}

/** Installs the error and not-found handlers for `/api`. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error.statusCode, error.code, error.message, error.extra);
    if (error.validation) {
      const issues = validationIssues(error);
      return sendError(reply, 400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
    }
    if (isUniqueViolation(error)) {
      // Two writers raced for the same next version (or the same name): the later one loses, nothing half-written.
      return sendError(reply, 409, 'conflict', 'Someone else saved at the same moment: reload and try again');
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendError(reply, 429, 'rate-limited', 'Too many attempts: wait a minute and try again');
    if (status === 413) return sendError(reply, 413, 'payload-too-large', 'The request body is too large');
    if (status === 415) return sendError(reply, 415, 'unsupported-media-type', 'Send the body as application/json');
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, empty JSON body, bad headers.
      return sendError(reply, 400, 'validation', `body: ${safeClientMessage(error)}`, {
        issues: [{ path: 'body', message: safeClientMessage(error) }],
      });
    }
    request.log.error({ failure: describeErrorSafely(error) }, 'request failed');
    return sendError(reply, 500, 'server', 'Something went wrong on our side. Nothing was saved if the request failed.');
  });
}

function safeClientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty: send a JSON object';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'The body is not valid JSON';
    default:
      return error.message.length <= 200 ? error.message : 'The request could not be read';
  }
}
