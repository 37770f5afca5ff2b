/**
 * PostgreSQL cannot store the NUL character in text or JSON, so a request carrying one is answered
 * 400 naming the field, before any route sees it.
 */
import type { FastifyInstance } from 'fastify';
import { type Issue, sendError } from './errors.js';

function findNul(value: unknown, path: string, found: Issue[]): void {
  if (found.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ path, message: 'Text cannot contain the NUL character' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      findNul(v, `${path}/${i}`, found);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000'))
        found.push({ path: `${path}/${k.split('\u0000').join('\\0')}`, message: 'Names cannot contain the NUL character' });
      findNul(v, `${path}/${k}`, found);
    }
  }
}

export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const issues: Issue[] = [];
    findNul(request.params, 'params', issues);
    findNul(request.query, 'querystring', issues);
    findNul(request.body, 'body', issues);
    if (issues.length > 0) {
      return sendError(reply, 400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
    }
  });
}
