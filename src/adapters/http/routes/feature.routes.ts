import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { CreateFeature } from '../../../application/feature/create-feature.js';
import type { ListFeatures } from '../../../application/feature/list-features.js';
import { FEATURE_NAME_MAX, FEATURE_NAME_PATTERN } from '../../../domain/feature/feature.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { featureJson, FeatureRecordSchema } from '../schemas/partner.schema.js';

const CreateFeatureBody = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(FEATURE_NAME_MAX)
    .regex(FEATURE_NAME_PATTERN, 'an upper-case identifier: a letter, then A-Z, 0-9 or _')
    .openapi({ example: 'AUTOMATIC_ACCESS_CODE' }),
});

export interface FeatureRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  createFeature: CreateFeature;
  listFeatures: ListFeatures;
}

export function featureRoutes(deps: FeatureRouteDeps) {
  const create = createRoute({
    method: 'post',
    path: '/feature',
    tags: ['feature'],
    summary: 'Create a feature (an upper-case identifier such as AUTOMATIC_ACCESS_CODE)',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: {
      body: {
        content: { 'application/json': { schema: CreateFeatureBody } },
        required: true,
      },
    },
    responses: {
      201: jsonResponse(FeatureRecordSchema, 'The feature'),
      ...errorResponses(400, 401, 403, 409),
    },
  });
  const list = createRoute({
    method: 'get',
    path: '/feature',
    tags: ['feature'],
    summary: 'Every feature',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    responses: { 200: jsonResponse(z.array(FeatureRecordSchema), 'Features'), ...errorResponses(401, 403) },
  });

  return createRouter<AppEnv>()
    .openapi(create, async (c) => {
      const feature = await deps.createFeature.execute(c.req.valid('json'));
      return c.json(featureJson(feature), 201);
    })
    .openapi(list, async (c) => {
      const features = await deps.listFeatures.execute();
      return c.json(features.map(featureJson), 200);
    });
}
