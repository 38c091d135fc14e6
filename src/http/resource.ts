/** What every resource's routes are given, and the shape of a resource plugin. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../store/connect.js';

export interface ResourceOptions {
  store: Store;
}

export type ResourceRoutes = FastifyPluginAsyncZod<ResourceOptions>;
