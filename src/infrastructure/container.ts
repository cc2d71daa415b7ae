import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { container as root, type DependencyContainer } from 'tsyringe';
import type { Config } from './config.js';
import { contentUseCases, registerContentModule } from './modules/content.module.js';
import { registerCoreModule } from './modules/core.module.js';
import { featureUseCases, registerFeatureModule } from './modules/feature.module.js';
import { identityUseCases, registerIdentityModule } from './modules/identity.module.js';
import { partnerAccessUseCases, registerPartnerAccessModule } from './modules/partner-access.module.js';
import { partnerAdminUseCases, registerPartnerAdminModule } from './modules/partner-admin.module.js';
import { partnerFeatureUseCases, registerPartnerFeatureModule } from './modules/partner-feature.module.js';
import { partnerUseCases, registerPartnerModule } from './modules/partner.module.js';
import { progressUseCases, registerProgressModule } from './modules/progress.module.js';
import { profileSyncUseCases, registerProfileSyncModule } from './modules/profile-sync.module.js';
import { resolver } from './modules/provide.js';
import { registerReportingModule, reportingUseCases } from './modules/reporting.module.js';
import { registerTherapyModule, therapyUseCases } from './modules/therapy.module.js';
import { registerUserModule, userUseCases } from './modules/user.module.js';
import { registerResourceModule, resourceUseCases } from './modules/resource.module.js';
import { eventLogUseCases, registerEventLogModule } from './modules/event-log.module.js';
import { registerSubscriptionModule, subscriptionUseCases } from './modules/subscription.module.js';

export interface ContainerOptions {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  /** Replaces port registrations after the defaults (tests swap in loopback fakes here). */
  override?: (container: DependencyContainer) => void;
}

/**
 * The ports, each bound to its adapter: the one place that knows every concrete class. The
 * order modules register in is free, since adapters are built on first resolution.
 */
export function createContainer({ orm, config, logger, override }: ContainerOptions): DependencyContainer {
  const container = root.createChildContainer();
  registerCoreModule(container, orm, logger);
  registerIdentityModule(container, orm, config);
  registerUserModule(container, orm);
  registerFeatureModule(container, orm);
  registerPartnerModule(container, orm);
  registerPartnerAdminModule(container, orm);
  registerPartnerFeatureModule(container, orm);
  registerPartnerAccessModule(container, orm);
  registerContentModule(container, orm, config);
  registerProgressModule(container, orm);
  registerTherapyModule(container, orm, config);
  registerReportingModule(container, orm);
  registerProfileSyncModule(container, orm, config);
  registerResourceModule(container, orm);
  registerEventLogModule(container, orm);
  registerSubscriptionModule(container, orm, config);
  override?.(container);
  return container;
}

/**
 * Every use case (and the readers routes call), built once from the container's ports with
 * `new`: the compiler checks each constructor argument, and a missing port fails here, at
 * start-up, not on a first request.
 */
export function composeUseCases(container: DependencyContainer, config: Config) {
  const get = resolver(container);
  return {
    ...identityUseCases(get, config),
    ...userUseCases(get),
    ...featureUseCases(get),
    ...partnerUseCases(get),
    ...partnerAdminUseCases(get),
    ...partnerFeatureUseCases(get),
    ...partnerAccessUseCases(get),
    ...contentUseCases(get),
    ...progressUseCases(get),
    ...therapyUseCases(get),
    ...reportingUseCases(get),
    ...profileSyncUseCases(get),
    ...resourceUseCases(get),
    ...eventLogUseCases(get, config),
    ...subscriptionUseCases(get),
  };
}

export type UseCases = ReturnType<typeof composeUseCases>;
