import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { CreatePartner } from '../../../application/partner/create-partner.js';
import type { GetActivePartner } from '../../../application/partner/get-active-partner.js';
import type { ListPartners } from '../../../application/partner/list-partners.js';
import type { SetPartnerActive } from '../../../application/partner/set-partner-active.js';
import type { PartnerId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam } from '../schemas/common.js';
import { partnerJson, PartnerSchema } from '../schemas/profile.schema.js';
import { PartnerNameInPath, partnerRecordJson, PartnerRecordSchema } from '../schemas/partner.schema.js';

const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export interface PartnerRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  createPartner: CreatePartner;
  listPartners: ListPartners;
  getActivePartner: GetActivePartner;
  setPartnerActive: SetPartnerActive;
}

export function partnerRoutes(deps: PartnerRouteDeps) {
  const create = createRoute({
    method: 'post',
    path: '/partner',
    tags: ['partner'],
    summary: 'Create a partner',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: json(z.object({ name: z.string().trim().min(1).max(255) })),
    responses: {
      201: jsonResponse(PartnerRecordSchema, 'The partner'),
      ...errorResponses(400, 401, 403, 409),
    },
  });
  const list = createRoute({
    method: 'get',
    path: '/partner',
    tags: ['partner'],
    summary: 'Every partner',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    responses: { 200: jsonResponse(z.array(PartnerRecordSchema), 'Partners'), ...errorResponses(401, 403) },
  });
  const byName = createRoute({
    method: 'get',
    path: '/partner/{name}',
    tags: ['partner'],
    summary: 'An active partner by exact name, any case (public)',
    request: { params: z.object({ name: PartnerNameInPath }) },
    responses: { 200: jsonResponse(PartnerSchema, 'The partner'), ...errorResponses(400, 404) },
  });
  const setActive = createRoute({
    method: 'patch',
    path: '/partner/{id}',
    tags: ['partner'],
    summary: 'Activate or deactivate a partner (deactivation also closes its admins and unclaimed codes)',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { params: IdParam, ...json(z.object({ active: z.boolean() })) },
    responses: {
      200: jsonResponse(PartnerRecordSchema, 'The partner'),
      ...errorResponses(400, 401, 403, 404),
    },
  });

  return createRouter<AppEnv>()
    .openapi(create, async (c) => {
      const partner = await deps.createPartner.execute(c.req.valid('json'));
      return c.json(partnerRecordJson(partner), 201);
    })
    .openapi(list, async (c) => {
      const partners = await deps.listPartners.execute();
      return c.json(partners.map(partnerRecordJson), 200);
    })
    .openapi(byName, async (c) => {
      const partner = await deps.getActivePartner.execute(c.req.valid('param').name);
      return c.json(partnerJson(partner), 200);
    })
    .openapi(setActive, async (c) => {
      const { id } = c.req.valid('param');
      const partner = await deps.setPartnerActive.execute(id as PartnerId, c.req.valid('json').active);
      return c.json(partnerRecordJson(partner), 200);
    });
}
