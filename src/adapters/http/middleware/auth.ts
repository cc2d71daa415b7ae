import type { MiddlewareHandler } from 'hono';
import type { Authenticate } from '../../../application/identity/authenticate.js';
import { Forbidden, Unauthorized } from '../../../domain/identity/auth-errors.js';
import type { AppEnv } from '../app-env.js';

const BEARER = /^Bearer +([^\s]+) *$/i;

/**
 * Resolves the caller from `Authorization: Bearer <Firebase ID token>` and puts the Actor on
 * the context. Errors are thrown as domain errors, so the one error mapper answers them.
 */
export function authenticate(useCase: Authenticate): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) throw new Unauthorized();
    c.set('actor', await useCase.execute(token));
    await next();
  };
}

export const requireSuperAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('actor').isSuperAdmin) throw new Forbidden();
  await next();
};

/** An active partner admin of an active partner; handlers act only for `actor.partnerAdmin.partnerId`. */
export const requirePartnerAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('actor').partnerAdmin) throw new Forbidden();
  await next();
};

/** Super admins, or partner admins (who are then limited to their own partner by the handler). */
export const requireSuperOrPartnerAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get('actor');
  if (!actor.isSuperAdmin && !actor.partnerAdmin) throw new Forbidden();
  await next();
};

/** Declares the bearer token in the OpenAPI document. */
export const bearerSecurity = [{ bearerAuth: [] }];
