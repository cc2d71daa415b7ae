import { createRoute } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { MiddlewareHandler } from 'hono';
import type { DeleteUser } from '../../../application/user/delete-user.js';
import type { GetMyProfile } from '../../../application/user/get-my-profile.js';
import type { SignUp } from '../../../application/user/sign-up.js';
import type { UpdateUser } from '../../../application/user/update-user.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { userView } from '../../../domain/user/user-view.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { profileJson, ProfileSchema, userJson, UserSchema } from '../schemas/profile.schema.js';
import { SignUpBody, UpdateUserBody } from '../schemas/user.schema.js';

/** Sign-up, exported so the access-code rate limiter can wrap exactly this route. */
export const signUpRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['user'],
  summary: 'Sign up (SPEC 5.1)',
  request: { body: { content: { 'application/json': { schema: SignUpBody } }, required: true } },
  responses: {
    201: jsonResponse(ProfileSchema, 'The new profile'),
    ...errorResponses(400, 409, 429, 502),
  },
});

export interface UserRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  signUp: SignUp;
  getMyProfile: GetMyProfile;
  updateUser: UpdateUser;
  deleteUser: DeleteUser;
}

export function userRoutes(deps: UserRouteDeps) {
  const me = createRoute({
    method: 'get',
    path: '/me',
    tags: ['user'],
    summary: "The caller's profile",
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    responses: { 200: jsonResponse(ProfileSchema, 'Profile'), ...errorResponses(401, 403) },
  });
  const update = createRoute({
    method: 'patch',
    path: '/',
    tags: ['user'],
    summary: 'Change the sent fields of the caller',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: { body: { content: { 'application/json': { schema: UpdateUserBody } }, required: true } },
    responses: { 200: jsonResponse(UserSchema, 'The user'), ...errorResponses(400, 401, 403, 409, 502) },
  });
  const remove = createRoute({
    method: 'delete',
    path: '/',
    tags: ['user'],
    summary: 'Delete (anonymise) the caller (SPEC 5.2)',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    responses: { 200: jsonResponse(UserSchema, 'The anonymised user'), ...errorResponses(401, 403) },
  });

  return createRouter<AppEnv>()
    .openapi(signUpRoute, async (c) => {
      const body = c.req.valid('json');
      const profile = await deps.signUp.execute({
        ...body,
        partnerAccessCode: body.partnerAccessCode ?? undefined,
        partnerId: body.partnerId ?? undefined,
      });
      return c.json(profileJson(profile), 201);
    })
    .openapi(me, async (c) => {
      const profile = await deps.getMyProfile.execute(c.get('actor').userId);
      return c.json(profileJson(profile), 200);
    })
    .openapi(update, async (c) => {
      const user = await deps.updateUser.execute({
        userId: c.get('actor').userId,
        details: c.req.valid('json'),
      });
      return c.json(userJson(userView(user)), 200);
    })
    .openapi(remove, async (c) => {
      const user = await deleteUser(deps.deleteUser, c.get('actor').userId, c.get('requestLog').logger);
      return c.json(userJson(user), 200);
    });
}

/** Shared by DELETE / and DELETE /:id: a Firebase failure is logged and the deletion stands. */
export async function deleteUser(useCase: DeleteUser, userId: UserId, log: Logger) {
  const { user, identityFailure } = await useCase.execute(userId);
  if (identityFailure)
    log.warn({ userId, code: identityFailure }, 'user deleted but the Firebase account was not removed');
  return userView(user);
}
