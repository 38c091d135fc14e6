import { z } from 'zod';

const database = z.enum(['sqlite', 'postgres']).describe('Which database the server is using');

export const HealthySchema = z
  .object({ status: z.literal('ok'), database })
  .meta({ id: 'Healthy', description: 'The server is up and its database answered' });

export const UnhealthySchema = z
  .object({ status: z.literal('unavailable'), database, message: z.string() })
  .meta({ id: 'Unhealthy', description: 'The server is up but its database did not answer' });

export type Healthy = z.infer<typeof HealthySchema>;
export type Unhealthy = z.infer<typeof UnhealthySchema>;
