import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { AppEnv } from './app-env.js';
import type { HttpSettings } from './http-settings.js';
import { errorResponse, payloadTooLarge, STATUS_BY_KIND, validationFailed } from './errors.js';
import type { RequestLog } from './request-logger.js';
import { createRouter } from './openapi.js';
import type { Authenticate } from '../../application/identity/authenticate.js';
import { authenticate } from './middleware/auth.js';
import { docsRoutes } from './routes/docs.routes.js';
import { pingRoutes, type PingRouteDeps } from './routes/ping.routes.js';
import { accessCodeRateLimit, accountEmailRateLimit } from './middleware/rate-limit.js';
import { edge, gate } from './middleware/edge.js';
import { featureRoutes, type FeatureRouteDeps } from './routes/feature.routes.js';
import { partnerRoutes, type PartnerRouteDeps } from './routes/partner.routes.js';
import { partnerAdminRoutes, type PartnerAdminRouteDeps } from './routes/partner-admin.routes.js';
import { partnerFeatureRoutes, type PartnerFeatureRouteDeps } from './routes/partner-feature.routes.js';
import { partnerAccessRoutes, type PartnerAccessRouteDeps } from './routes/partner-access.routes.js';
import {
  partnerAccessCodeRoutes,
  type PartnerAccessCodeRouteDeps,
} from './routes/partner-access-code.routes.js';
import { userAdminRoutes, type UserAdminRouteDeps } from './routes/user-admin.routes.js';
import { userRoutes, type UserRouteDeps } from './routes/user.routes.js';
import {
  simplybookWebhookRoutes,
  type SimplybookWebhookRouteDeps,
} from './routes/simplybook-webhook.routes.js';
import { sessionUserRoutes, type SessionUserRouteDeps } from './routes/session-user.routes.js';
import { storyblokWebhookRoutes, type StoryblokWebhookRouteDeps } from './routes/storyblok-webhook.routes.js';
import { reportRoutes, type ReportRouteDeps } from './routes/report.routes.js';
import { coursesUserRoutes, type CoursesUserRouteDeps } from './routes/courses-user.routes.js';
import { therapySessionRoutes, type TherapySessionRouteDeps } from './routes/therapy-session.routes.js';
import { resourceUserRoutes, type ResourceUserRouteDeps } from './routes/resource-user.routes.js';
import { feedbackRoutes, type FeedbackRouteDeps } from './routes/feedback.routes.js';
import { eventLoggerRoutes, type EventLoggerRouteDeps } from './routes/event-logger.routes.js';
import { subscriptionUserRoutes, type SubscriptionUserRouteDeps } from './routes/subscription-user.routes.js';
import {
  contactSyncAdminRoutes,
  profileSyncAdminRoutes,
  type ProfileSyncAdminRouteDeps,
} from './routes/profile-sync-admin.routes.js';

export type { HttpSettings };

/**
 * What the routes call (use cases and readers), built by the composition root: each route
 * factory names its own part, and `auth` is made here from `authenticate`.
 */
export type RouteDependencies = Omit<
  PingRouteDeps &
    FeatureRouteDeps &
    PartnerRouteDeps &
    PartnerAdminRouteDeps &
    PartnerFeatureRouteDeps &
    PartnerAccessRouteDeps &
    PartnerAccessCodeRouteDeps &
    UserAdminRouteDeps &
    UserRouteDeps &
    SimplybookWebhookRouteDeps &
    SessionUserRouteDeps &
    StoryblokWebhookRouteDeps &
    ReportRouteDeps &
    ProfileSyncAdminRouteDeps &
    CoursesUserRouteDeps &
    TherapySessionRouteDeps &
    ResourceUserRouteDeps &
    FeedbackRouteDeps &
    EventLoggerRouteDeps &
    SubscriptionUserRouteDeps,
  'auth'
> & { authenticate: Authenticate };

export interface HttpDependencies {
  routes: RouteDependencies;
  logger: Logger;
  settings: HttpSettings;
  /** Runs the rest of the request in its own persistence scope (identity map). */
  requestScope: <T>(next: () => Promise<T>) => Promise<T>;
  /** True for infrastructure faults (database unreachable) that answer 503 rather than 500. */
  isUnavailable: (error: unknown) => boolean;
  /** True for values the database refused as data (e.g. a NUL character): 400, not 500. */
  isRejectedInput: (error: unknown) => boolean;
}

export function createApp(deps: HttpDependencies) {
  const app = createRouter<AppEnv>();
  const routes = { ...deps.routes, auth: authenticate(deps.routes.authenticate) };

  // Request id, log line and the headers every answer carries; then preflights, body limit, global
  // budget, NUL refusal and the persistence scope (middleware/edge.ts).
  app.use('*', edge(deps.logger, deps.settings));
  app.use('*', gate(deps.settings, deps.requestScope));

  app.route('/api', pingRoutes(routes));
  app.route('/api/v1', partnerRoutes(routes));
  app.route('/api/v1', partnerAdminRoutes(routes));
  app.route('/api/v1', featureRoutes(routes));
  app.route('/api/v1', partnerFeatureRoutes(routes));
  app.route('/api/v1', partnerAccessCodeRoutes(routes, deps.settings));
  app.route('/api/v1', partnerAccessRoutes(routes));
  // Sign-up and email change answer 409 for a registered email: their own low budget.
  app.on(['POST', 'PATCH'], '/api/v1/user', accountEmailRateLimit(deps.settings));
  // Sign-up with a code shares the access-code budget of validate-code and assign.
  app.on('POST', '/api/v1/user', accessCodeRateLimit(deps.settings));
  app.route('/api/v1/user', userRoutes(routes));
  app.route('/api/v1/user', userAdminRoutes(routes));
  app.route('/api', simplybookWebhookRoutes(routes, deps.settings));
  app.route('/api/v1/session-user', sessionUserRoutes(routes));
  app.route('/api', storyblokWebhookRoutes(routes, deps.settings));
  app.route('/api/v1', reportRoutes(routes));
  app.route('/api/v1/courses-user', coursesUserRoutes(routes));
  app.route('/api/v1/therapy-session', therapySessionRoutes(routes));
  app.route('/api/v1', profileSyncAdminRoutes(routes));
  app.route('/api/v1', contactSyncAdminRoutes(routes));
  app.route('/api/v1/resource-user', resourceUserRoutes(routes));
  app.route('/api/v1', feedbackRoutes(routes));
  app.route('/api/v1', eventLoggerRoutes(routes));
  app.route('/api/v1/subscription-user', subscriptionUserRoutes(routes));
  app.route('/api', docsRoutes(app));

  app.notFound((c) => errorResponse(c, 404, 'NOT_FOUND'));
  app.onError((error, c) => {
    // Undefined only for an error thrown before the request log middleware ran.
    const log = (c.get('requestLog') as RequestLog | undefined)?.logger ?? deps.logger;
    if (error instanceof DomainError) {
      // A service we depend on failed: worth an operator's look. Kind and code only (a detail
      // may quote upstream text).
      if (error.kind === 'unavailable' || error.kind === 'upstream')
        log.warn({ kind: error.kind, code: error.code }, 'dependency failed');
      return errorResponse(c, STATUS_BY_KIND[error.kind], error.code);
    }
    if (error instanceof HTTPException) {
      // Hono's JSON validator throws this for a body that is not JSON at all.
      if (error.status === 400) return validationFailed(c, [{ path: '', message: 'Malformed JSON body' }]);
      // @hono/zod-openapi refuses a body of an undeclared media type with 415.
      if (error.status === 415)
        return validationFailed(c, [
          { path: '', message: 'The body must be JSON, sent as content-type: application/json' },
        ]);
      if (error.status === 413) return payloadTooLarge(c);
      return errorResponse(
        c,
        error.status === 401 ? 401 : 400,
        error.status === 401 ? 'UNAUTHORIZED' : 'BAD_REQUEST',
      );
    }
    if (deps.isRejectedInput(error)) {
      return validationFailed(c, [
        { path: '', message: 'A value was refused by the database (e.g. a NUL character)' },
      ]);
    }
    if (deps.isUnavailable(error)) {
      log.error({ err: describe(error) }, 'database unavailable');
      return errorResponse(c, 503, 'SERVICE_UNAVAILABLE');
    }
    log.error({ err: describe(error) }, 'unexpected error');
    return errorResponse(c, 500, 'INTERNAL_SERVER_ERROR');
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * What an unexpected error may put in the log: its class, driver code and stack frames, never
 * its message (database errors quote the SQL parameters, which can hold emails and names).
 */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    stack: frames.slice(0, 12).join('\n'),
  };
}
