import type { FastifyInstance } from 'fastify';
import type { JobHandler } from './job-worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The handler of every job kind the app's features queue, by kind. main.ts runs them with a
     * job worker once the app listens; tests run them with runDue.
     */
    readonly jobHandlers: Readonly<Record<string, JobHandler>>;
  }
}

/**
 * Hands the app's job handlers to whoever runs the jobs. The app only queues and knows how to do
 * each kind; when and where they run (a worker per instance, or a test's own clock) is decided
 * outside it, so that building the app never starts background work.
 */
export function installJobHandlers(app: FastifyInstance, handlers: Readonly<Record<string, JobHandler>>): void {
  app.decorate('jobHandlers', handlers);
}
