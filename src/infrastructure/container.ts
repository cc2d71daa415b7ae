import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { container as root, type DependencyContainer } from 'tsyringe';
import type { Config } from './config.js';
import { registerContentModule } from './modules/content.module.js';
import { registerCore } from './modules/core.module.js';
import { registerFeatureModule } from './modules/feature.module.js';
import { registerIdentityModule } from './modules/identity.module.js';
import { registerPartnerModule } from './modules/partner.module.js';
import { registerUserModule } from './modules/user.module.js';
import { registerTherapyModule } from './modules/therapy.module.js';

export interface ContainerOptions {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  /** Replaces registrations after the defaults (tests swap in loopback fakes here). */
  override?: (container: DependencyContainer) => void;
}

/** The one place that knows every concrete class: ports are bound to adapters here. */
export function createContainer({ orm, config, logger, override }: ContainerOptions): DependencyContainer {
  const container = root.createChildContainer();
  registerCore(container, orm, logger);
  registerIdentityModule(container, orm, config);
  registerUserModule(container, orm);
  registerFeatureModule(container, orm);
  registerPartnerModule(container, orm);
  registerContentModule(container, orm, config);
  registerTherapyModule(container, orm);
  override?.(container);
  return container;
}
