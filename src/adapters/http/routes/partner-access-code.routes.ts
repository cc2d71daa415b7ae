import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AssignPartnerAccess } from '../../../application/partner-access/assign-partner-access.js';
import type { ValidateAccessCode } from '../../../application/partner-access/validate-access-code.js';
import type { AppEnv } from '../app-env.js';
import type { HttpSettings } from '../http-settings.js';
import { bearerSecurity } from '../middleware/auth.js';
import { accessCodeRateLimit, accountAccessCodeRateLimit } from '../middleware/rate-limit.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { CodeBody, validCodeJson, ValidCodeSchema } from '../schemas/partner-access.schema.js';
import { partnerAccessJson, PartnerAccessSchema } from '../schemas/profile.schema.js';

const body = { body: { content: { 'application/json': { schema: CodeBody } }, required: true } };

export interface PartnerAccessCodeRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  validateAccessCode: ValidateAccessCode;
  assignPartnerAccess: AssignPartnerAccess;
}

/** The two routes that take a code; both share the access-code rate-limit budget with sign-up. */
export function partnerAccessCodeRoutes(deps: PartnerAccessCodeRouteDeps, settings: HttpSettings) {
  const validate = createRoute({
    method: 'post',
    path: '/partner-access/validate-code',
    tags: ['partner-access'],
    summary: 'Whether a code would work (public; a token is ignored)',
    middleware: [accessCodeRateLimit(settings)] as const,
    request: body,
    responses: { 201: jsonResponse(ValidCodeSchema, 'The code is valid'), ...errorResponses(400, 409, 429) },
  });
  const assign = createRoute({
    method: 'post',
    path: '/partner-access/assign',
    tags: ['partner-access'],
    summary: 'Claim a code for the caller',
    middleware: [accessCodeRateLimit(settings), deps.auth, accountAccessCodeRateLimit(settings)] as const,
    security: bearerSecurity,
    request: body,
    responses: {
      201: jsonResponse(PartnerAccessSchema, 'The claimed access'),
      ...errorResponses(400, 401, 403, 409, 429),
    },
  });

  return createRouter<AppEnv>()
    .openapi(validate, async (c) => {
      const valid = await deps.validateAccessCode.execute(c.req.valid('json').partnerAccessCode);
      return c.json(validCodeJson(valid), 201);
    })
    .openapi(assign, async (c) => {
      const view = await deps.assignPartnerAccess.execute({
        userId: c.get('actor').userId,
        code: c.req.valid('json').partnerAccessCode,
      });
      return c.json(partnerAccessJson(view), 201);
    });
}
