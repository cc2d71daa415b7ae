import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { SearchUsers } from '../../../application/user/search-users.js';
import type { DeleteUser } from '../../../application/user/delete-user.js';
import type { UpdateUser } from '../../../application/user/update-user.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { userView } from '../../../domain/user/user-view.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam } from '../schemas/common.js';
import { profileJson, ProfileSchema, userJson, UserSchema } from '../schemas/profile.schema.js';
import { AdminUpdateUserBody, SearchQuery } from '../schemas/user.schema.js';
import { deleteUser } from './user.routes.js';

export interface UserAdminRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  searchUsers: SearchUsers;
  updateUser: UpdateUser;
  deleteUser: DeleteUser;
}

/** The super-admin routes of SPEC section 5: search, edit and delete any user. */
export function userAdminRoutes(deps: UserAdminRouteDeps) {
  const search = createRoute({
    method: 'get',
    path: '/',
    tags: ['user'],
    summary: 'Search users by email and relations',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { query: SearchQuery },
    responses: {
      200: jsonResponse(z.array(ProfileSchema), 'Matching profiles'),
      ...errorResponses(400, 401, 403),
    },
  });
  const update = createRoute({
    method: 'patch',
    path: '/admin/{id}',
    tags: ['user'],
    summary: 'Change any user, including their roles',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: {
      params: IdParam,
      body: { content: { 'application/json': { schema: AdminUpdateUserBody } }, required: true },
    },
    responses: {
      200: jsonResponse(UserSchema, 'The user'),
      ...errorResponses(400, 401, 403, 404, 409, 502),
    },
  });
  const remove = createRoute({
    method: 'delete',
    path: '/{id}',
    tags: ['user'],
    summary: 'Delete (anonymise) a user',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { params: IdParam },
    responses: {
      200: jsonResponse(UserSchema, 'The anonymised user'),
      ...errorResponses(400, 401, 403, 404),
    },
  });

  return createRouter<AppEnv>()
    .openapi(search, async (c) => {
      const { searchCriteria: criteria } = c.req.valid('query');
      const include = new Set(criteria.include ?? []);
      const profiles = await deps.searchUsers.execute({
        email: criteria.email,
        partnerAccess: criteria.partnerAccess,
        partnerAdminOnly: criteria.partnerAdmin !== undefined,
        includePartnerAccess: include.has('partnerAccess'),
        includePartnerAdmin: include.has('partnerAdmin'),
        limit: criteria.limit,
        offset: criteria.offset,
      });
      return c.json(profiles.map(profileJson), 200);
    })
    .openapi(update, async (c) => {
      const { isSuperAdmin, isActive, ...details } = c.req.valid('json');
      const user = await deps.updateUser.execute({
        userId: c.req.valid('param').id as UserId,
        details,
        admin: { isSuperAdmin, isActive },
      });
      return c.json(userJson(userView(user)), 200);
    })
    .openapi(remove, async (c) => {
      const user = await deleteUser(
        deps.deleteUser,
        c.req.valid('param').id as UserId,
        c.get('requestLog').logger,
      );
      return c.json(userJson(user), 200);
    });
}
