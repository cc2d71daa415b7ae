import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { CreatePartnerAdmin } from '../../../application/partner-admin/create-partner-admin.js';
import type { CreatePartnerAdminUser } from '../../../application/partner-admin/create-partner-admin-user.js';
import type { ListPartnerAdmins } from '../../../application/partner-admin/list-partner-admins.js';
import type { SetPartnerAdminActive } from '../../../application/partner-admin/set-partner-admin-active.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam, Uuid } from '../schemas/common.js';
import {
  partnerAdminListItemJson,
  PartnerAdminListItemSchema,
  partnerAdminRecordJson,
  PartnerAdminRecordSchema,
} from '../schemas/partner.schema.js';

const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export interface PartnerAdminRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  createPartnerAdmin: CreatePartnerAdmin;
  createPartnerAdminUser: CreatePartnerAdminUser;
  listPartnerAdmins: ListPartnerAdmins;
  setPartnerAdminActive: SetPartnerAdminActive;
}

export function partnerAdminRoutes(deps: PartnerAdminRouteDeps) {
  const create = createRoute({
    method: 'post',
    path: '/partner-admin',
    tags: ['partner-admin'],
    summary: 'Make an existing user the admin of a partner',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: json(z.object({ userId: Uuid, partnerId: Uuid })),
    responses: {
      201: jsonResponse(PartnerAdminRecordSchema, 'The partner admin'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  });
  const createUser = createRoute({
    method: 'post',
    path: '/partner-admin/create-user',
    tags: ['partner-admin'],
    summary: 'Create an account (random password) and make it the admin of a partner',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: json(
      z.object({ name: z.string().trim().min(1).max(200), email: z.string().max(320), partnerId: Uuid }),
    ),
    responses: {
      201: jsonResponse(PartnerAdminRecordSchema, 'The partner admin'),
      ...errorResponses(400, 401, 403, 404, 409, 502),
    },
  });
  const list = createRoute({
    method: 'get',
    path: '/partner-admin',
    tags: ['partner-admin'],
    summary: 'Partner admins, optionally of one partner',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { query: z.object({ partnerId: Uuid.optional() }) },
    responses: {
      200: jsonResponse(z.array(PartnerAdminListItemSchema), 'Partner admins'),
      ...errorResponses(400, 401, 403),
    },
  });
  const setActive = createRoute({
    method: 'patch',
    path: '/partner-admin/{id}',
    tags: ['partner-admin'],
    summary: 'Activate or deactivate a partner admin',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { params: IdParam, ...json(z.object({ active: z.boolean() })) },
    responses: {
      200: jsonResponse(PartnerAdminRecordSchema, 'The partner admin'),
      ...errorResponses(400, 401, 403, 404),
    },
  });

  return createRouter<AppEnv>()
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const admin = await deps.createPartnerAdmin.execute({
        userId: body.userId as UserId,
        partnerId: body.partnerId as PartnerId,
      });
      return c.json(partnerAdminRecordJson(admin), 201);
    })
    .openapi(createUser, async (c) => {
      const body = c.req.valid('json');
      const admin = await deps.createPartnerAdminUser.execute({
        name: body.name,
        email: body.email,
        partnerId: body.partnerId as PartnerId,
      });
      return c.json(partnerAdminRecordJson(admin), 201);
    })
    .openapi(list, async (c) => {
      const { partnerId } = c.req.valid('query');
      const admins = await deps.listPartnerAdmins.execute(partnerId as PartnerId | undefined);
      return c.json(admins.map(partnerAdminListItemJson), 200);
    })
    .openapi(setActive, async (c) => {
      const id = c.req.valid('param').id as PartnerAdminId;
      const admin = await deps.setPartnerAdminActive.execute(id, c.req.valid('json').active);
      return c.json(partnerAdminRecordJson(admin), 200);
    });
}
