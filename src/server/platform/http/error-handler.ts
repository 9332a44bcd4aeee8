import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, ResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '../../../shared/problem.js';
import { AppError, type FieldError } from './errors.js';
import { bareSecurityHeaders } from './security-headers.js';

const problemType = (code: string) => `https://regie.app/problems/${code.replaceAll('_', '-')}`;

/** Installs the one place where errors become RFC 9457 problem details. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) {
      problem.correlationId = request.id;
      request.log.error({ err: error, correlationId: request.id }, 'unexpected error');
    }
    return reply.status(problem.status).type('application/problem+json').send(problem);
  });

  app.setNotFoundHandler((request, reply) => {
    const problem: Problem = {
      type: problemType('route_not_found'),
      title: 'This address does not exist.',
      status: 404,
      code: 'route_not_found',
      detail: `${request.method} ${request.url.split('?')[0] ?? ''}`,
    };
    return reply.status(404).type('application/problem+json').send(problem);
  });
}

/**
 * Errors the router meets before any route or hook runs (a URL that is not valid percent-encoding,
 * a path parameter over the length limit): Fastify's option `frameworkErrors`. Answered as problem
 * details like every other error, instead of Fastify's own JSON, with the security headers the hooks
 * would have added.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'address_too_long' : 'malformed_address';
  const problem: Problem = {
    type: problemType(code),
    title: status === 414 ? 'The address is too long.' : 'The address is not valid.',
    status,
    code,
  };
  void reply.status(status).headers(bareSecurityHeaders).type('application/problem+json').send(problem);
}

function toProblem(error: FastifyError): Problem {
  if (error instanceof AppError) {
    return {
      type: problemType(error.code),
      title: error.message,
      status: error.status,
      code: error.code,
      ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      field: fieldName(issue.instancePath, issue.keyword, issue.params),
      code: issue.keyword,
      message: issue.message ?? 'is not valid',
    }));
    const where = error.validationContext ?? 'body';
    return {
      type: problemType('validation_failed'),
      title: 'Some fields are not filled in correctly.',
      status: 400,
      code: 'validation_failed',
      detail: `Check the ${where}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
      errors,
    };
  }
  if (error instanceof ResponseSerializationError) {
    return internalProblem();
  }
  // Fastify's own client errors (malformed JSON, wrong media type, body too large) keep their status.
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    // Errors thrown by plugins do not always carry the code their type promises.
    const code = ((error.code as string | undefined) ?? 'bad_request').toLowerCase();
    return { type: problemType(code), title: clientErrorTitle(status), status, code, detail: error.message };
  }
  return internalProblem();
}

function internalProblem(): Problem {
  return {
    type: problemType('internal_error'),
    title: 'Something went wrong on our side. Try again later; if it keeps happening, pass on the correlation id.',
    status: 500,
    code: 'internal_error',
    correlationId: randomUUID(),
  };
}

function clientErrorTitle(status: number): string {
  switch (status) {
    case 413:
      return 'The request is too large.';
    case 415:
      return 'Send the request as JSON (Content-Type: application/json).';
    case 429:
      return 'Too many attempts. Wait a moment and try again.';
    default:
      return 'The request could not be understood.';
  }
}

function fieldName(instancePath: string, code: string, params: Record<string, unknown>): string {
  const base = instancePath.split('/').filter(Boolean).join('.');
  // Unknown keys are reported on the object; name the offending key so the message is actionable.
  const keys = params.keys;
  if (code === 'unrecognized_keys' && Array.isArray(keys) && typeof keys[0] === 'string') {
    return [base, keys[0]].filter(Boolean).join('.');
  }
  return base === '' ? '(body)' : base;
}
