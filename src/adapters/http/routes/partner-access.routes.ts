import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ListPartnerAccesses } from '../../../application/partner-access/list-partner-accesses.js';
import type { MintPartnerAccess } from '../../../application/partner-access/mint-partner-access.js';
import type { UpdatePartnerAccess } from '../../../application/partner-access/update-partner-access.js';
import type { PartnerAccessId, PartnerId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import {
  bearerSecurity,
  requirePartnerAdmin,
  requireSuperAdmin,
  requireSuperOrPartnerAdmin,
} from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam, Uuid } from '../schemas/common.js';
import { mintedAccessJson, MintedAccessSchema, Sessions } from '../schemas/partner-access.schema.js';
import { partnerAccessJson, PartnerAccessSchema } from '../schemas/profile.schema.js';

const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const ListQuery = z.object({
  partnerId: Uuid.optional(),
  accessCode: z.string().max(64).optional(),
  featureTherapy: z.stringbool().optional(),
  active: z.stringbool().optional(),
  claimed: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export interface PartnerAccessRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  mintPartnerAccess: MintPartnerAccess;
  listPartnerAccesses: ListPartnerAccesses;
  updatePartnerAccess: UpdatePartnerAccess;
}

export function partnerAccessRoutes(deps: PartnerAccessRouteDeps) {
  const mint = createRoute({
    method: 'post',
    path: '/partner-access',
    tags: ['partner-access'],
    summary: "Mint an access code for the caller's own partner",
    middleware: [deps.auth, requirePartnerAdmin] as const,
    security: bearerSecurity,
    request: json(
      z.object({
        featureLiveChat: z.boolean(),
        featureTherapy: z.boolean(),
        therapySessionsRemaining: Sessions,
        therapySessionsRedeemed: Sessions.default(0),
      }),
    ),
    responses: { 201: jsonResponse(MintedAccessSchema, 'The new code'), ...errorResponses(400, 401, 403) },
  });
  const list = createRoute({
    method: 'get',
    path: '/partner-access',
    tags: ['partner-access'],
    summary: 'Partner accesses, newest first (partner admins: their own partner only)',
    middleware: [deps.auth, requireSuperOrPartnerAdmin] as const,
    security: bearerSecurity,
    request: { query: ListQuery },
    responses: {
      200: jsonResponse(z.array(PartnerAccessSchema), 'Accesses'),
      ...errorResponses(400, 401, 403),
    },
  });
  const update = createRoute({
    method: 'patch',
    path: '/partner-access/{id}',
    tags: ['partner-access'],
    summary: 'Correct an access (therapySessionsRedeemed only moves with bookings)',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: {
      params: IdParam,
      ...json(
        z.object({
          therapySessionsRemaining: Sessions.optional(),
          featureLiveChat: z.boolean().optional(),
          featureTherapy: z.boolean().optional(),
          active: z.boolean().optional(),
        }),
      ),
    },
    responses: {
      200: jsonResponse(PartnerAccessSchema, 'The access'),
      ...errorResponses(400, 401, 403, 404),
    },
  });

  return createRouter<AppEnv>()
    .openapi(mint, async (c) => {
      const admin = c.get('actor').partnerAdmin;
      if (!admin) throw new Error('requirePartnerAdmin let a non-admin through');
      const access = await deps.mintPartnerAccess.execute({ admin, grant: c.req.valid('json') });
      return c.json(mintedAccessJson(access), 201);
    })
    .openapi(list, async (c) => {
      const actor = c.get('actor');
      const { partnerId, accessCode, ...filter } = c.req.valid('query');
      const views = await deps.listPartnerAccesses.execute(
        { isSuperAdmin: actor.isSuperAdmin, adminOfPartnerId: actor.partnerAdmin?.partnerId ?? null },
        {
          ...filter,
          ...(partnerId ? { partnerId: partnerId as PartnerId } : {}),
          ...(accessCode ? { accessCode } : {}),
        },
      );
      return c.json(views.map(partnerAccessJson), 200);
    })
    .openapi(update, async (c) => {
      const id = c.req.valid('param').id as PartnerAccessId;
      const view = await deps.updatePartnerAccess.execute(id, c.req.valid('json'));
      return c.json(partnerAccessJson(view), 200);
    });
}
