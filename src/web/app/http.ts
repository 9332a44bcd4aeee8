import type { z } from 'zod';
import { problemSchema, type Problem } from '../../shared/problem.js';

/** A failed API call, carrying the problem details the server sent (or a stand-in for them). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const networkProblem: Problem = { type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' };

/**
 * Calls the API on the same origin with the session cookie. Every state-changing request carries the
 * CSRF header the server insists on. The answer is checked against the shared schema.
 */
export async function request<T>(method: Method, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  const response = await call(method, path, body);
  return schema.parse(await response.json());
}

/** For answers without a body (204). */
export async function send(method: Method, path: string, body?: unknown): Promise<void> {
  await call(method, path, body);
}

async function call(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (method !== 'GET') headers['x-regie-csrf'] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(networkProblem);
  }

  if (!response.ok) throw new ApiError(await readProblem(response));
  return response;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a stand-in.
  }
  return { type: 'about:blank', title: response.statusText, status: response.status, code: `http_${response.status}` };
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
