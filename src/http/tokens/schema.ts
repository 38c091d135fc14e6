import { z } from 'zod';
import { TOKEN_SCOPES } from '../../app/accounts/api-tokens.js';
import { requiredText } from '../query.js';

export const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const NewTokenSchema = z
  .strictObject({
    name: z.string().trim().min(1, { error: 'is required, e.g. Power BI refresh' }).max(100),
    scopes: z
      .array(z.enum(TOKEN_SCOPES, { error: `must each be one of ${TOKEN_SCOPES.join(', ')}` }))
      .min(1, { error: `must name at least one of ${TOKEN_SCOPES.join(', ')}` }),
  })
  .meta({ id: 'NewApiToken' });

export const CreatedTokenSchema = TokenSchema.extend({
  secret: z.string().describe('Shown this once: send it as Authorization: Bearer <secret>'),
}).meta({ id: 'CreatedApiToken' });

export const TokenListSchema = z.object({ tokens: z.array(TokenSchema) }).meta({ id: 'ApiTokenList' });

export const TokenParams = z.object({ id: requiredText('T-abc123') });
