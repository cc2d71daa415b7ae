import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { CreatePartnerFeature } from '../../../application/partner-feature/create-partner-feature.js';
import type { GetAutomaticAccessFeature } from '../../../application/partner-feature/get-automatic-access-feature.js';
import type { SetPartnerFeatureActive } from '../../../application/partner-feature/set-partner-feature-active.js';
import type { FeatureId, PartnerFeatureId, PartnerId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam, Uuid } from '../schemas/common.js';
import {
  AutomaticAccessFeatureSchema,
  partnerFeatureJson,
  PartnerFeatureRecordSchema,
  PartnerNameInPath,
} from '../schemas/partner.schema.js';

const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export interface PartnerFeatureRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  createPartnerFeature: CreatePartnerFeature;
  setPartnerFeatureActive: SetPartnerFeatureActive;
  getAutomaticAccessFeature: GetAutomaticAccessFeature;
}

export function partnerFeatureRoutes(deps: PartnerFeatureRouteDeps) {
  const create = createRoute({
    method: 'post',
    path: '/partner-feature',
    tags: ['partner-feature'],
    summary: 'Switch a feature on or off for a partner',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: json(z.object({ partnerId: Uuid, featureId: Uuid, active: z.boolean() })),
    responses: {
      201: jsonResponse(PartnerFeatureRecordSchema, 'The partner feature'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  });
  const setActive = createRoute({
    method: 'patch',
    path: '/partner-feature/{id}',
    tags: ['partner-feature'],
    summary: 'Activate or deactivate a partner feature',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { params: IdParam, ...json(z.object({ active: z.boolean() })) },
    responses: {
      200: jsonResponse(PartnerFeatureRecordSchema, 'The partner feature'),
      ...errorResponses(400, 401, 403, 404),
    },
  });
  const automatic = createRoute({
    method: 'get',
    path: '/partner-feature/automatic-access-code/{partnerName}',
    tags: ['partner-feature'],
    summary: "An active partner's AUTOMATIC_ACCESS_CODE feature (public)",
    request: { params: z.object({ partnerName: PartnerNameInPath }) },
    responses: {
      200: jsonResponse(AutomaticAccessFeatureSchema, 'The partner feature'),
      ...errorResponses(400, 404),
    },
  });

  return createRouter<AppEnv>()
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const partnerFeature = await deps.createPartnerFeature.execute({
        partnerId: body.partnerId as PartnerId,
        featureId: body.featureId as FeatureId,
        active: body.active,
      });
      return c.json(partnerFeatureJson(partnerFeature), 201);
    })
    .openapi(setActive, async (c) => {
      const id = c.req.valid('param').id as PartnerFeatureId;
      const partnerFeature = await deps.setPartnerFeatureActive.execute(id, c.req.valid('json').active);
      return c.json(partnerFeatureJson(partnerFeature), 200);
    })
    .openapi(automatic, async (c) => {
      const { partnerFeature: pf, feature } = await deps.getAutomaticAccessFeature.execute(
        c.req.valid('param').partnerName,
      );
      return c.json(
        {
          id: pf.id,
          partnerId: pf.partnerId,
          featureId: pf.featureId,
          active: pf.active,
          feature: { id: feature.id, name: feature.name },
        },
        200,
      );
    });
}
