import { RequestContext, type MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DependencyContainer } from 'tsyringe';
import { DeliverChatProfile } from '../../application/profile-sync/deliver-chat-profile.js';
import { DeliverSyncJobs, type DeliverySettings } from '../../application/profile-sync/deliver-sync-jobs.js';
import { ListSyncJobs } from '../../application/profile-sync/list-sync-jobs.js';
import { MeasureSyncQueue } from '../../application/profile-sync/measure-sync-queue.js';
import { RetryFailedSyncJobs } from '../../application/profile-sync/retry-failed-sync-jobs.js';
import { ChatProfileAddresses } from '../../domain/chat-profile/chat-profile-addresses.js';
import { ChatProfiles } from '../../domain/chat-profile/chat-profiles.js';
import { AccountReader, CourseProgressReader } from '../../domain/profile/profile-readers.js';
import {
  DEFAULT_RETRY_SETTINGS,
  RetrySchedule,
  type RetrySettings,
} from '../../domain/profile-sync/retry-schedule.js';
import type { SyncJobDeliverers } from '../../domain/profile-sync/sync-job.js';
import { SyncOutbox } from '../../domain/profile-sync/sync-outbox.js';
import { Clock } from '../../domain/shared/clock.js';
import { CrispChatProfiles } from '../../adapters/crm/crisp-chat-profiles.js';
import { UnconfiguredChatProfiles } from '../../adapters/crm/unconfigured-chat-profiles.js';
import { MikroOrmChatProfileAddresses } from '../../adapters/persistence/mikro-orm/mikro-orm-chat-profile-addresses.js';
import { MikroOrmSyncOutbox } from '../../adapters/persistence/mikro-orm/mikro-orm-sync-outbox.js';
import type { Config } from '../config.js';
import { DEFAULT_WORKER_TIMING, ProfileSyncWorker, type WorkerTiming } from '../profile-sync-worker.js';
import { provide, type Resolve } from './provide.js';
import { deliverContactSync } from './subscription.module.js';

/** Crisp profiles through the durable outbox (SPEC.md section 8): the outbox, the addresses, Crisp. */
export function registerProfileSyncModule(
  container: DependencyContainer,
  orm: MikroORM,
  config: Config,
): void {
  const em = orm.em as SqlEntityManager;
  provide(container, SyncOutbox, () => new MikroOrmSyncOutbox(em));
  provide(container, ChatProfileAddresses, () => new MikroOrmChatProfileAddresses(em));
  provide(container, ChatProfiles, () =>
    config.crisp
      ? new CrispChatProfiles({ ...config.crisp, apiUrl: config.crispApiUrl })
      : new UnconfiguredChatProfiles(),
  );
}

export function profileSyncUseCases(get: Resolve) {
  return {
    listSyncJobs: new ListSyncJobs(get(SyncOutbox)),
    retryFailedSyncJobs: new RetryFailedSyncJobs(get(SyncOutbox), get(Clock)),
    measureSyncQueue: new MeasureSyncQueue(get(SyncOutbox)),
    deliverChatProfile: deliverChatProfile(get, get(Clock)),
  };
}

function deliverChatProfile(get: Resolve, clock: Clock): DeliverChatProfile {
  return new DeliverChatProfile(
    get(AccountReader),
    get(CourseProgressReader),
    get(ChatProfileAddresses),
    get(ChatProfiles),
    clock,
  );
}

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  batchSize: 20,
  leaseMs: 5 * 60_000,
  abandonedHoldMs: 30_000,
};

/** What tests change to run the worker in seconds: time, backoff, batch, lease and polling. */
export interface WorkerOptions {
  clock?: Clock;
  retry?: RetrySettings;
  random?: () => number;
  delivery?: Partial<DeliverySettings>;
  timing?: Partial<WorkerTiming>;
}

/**
 * The profile-sync worker over the container's ports, not yet started. Without CRISP_* it
 * has no chat-profile deliverer: jobs stay recorded, and it says so once, here.
 */
export function profileSyncWorker(
  get: Resolve,
  orm: MikroORM,
  config: Config,
  logger: Logger,
  options: WorkerOptions = {},
): { worker: ProfileSyncWorker; deliver: DeliverSyncJobs } {
  const clock = options.clock ?? get(Clock);
  const deliverers: SyncJobDeliverers = config.crisp ? { chat_profile: deliverChatProfile(get, clock) } : {};
  if (!config.crisp)
    logger.warn(
      'CRISP_WEBSITE_ID, CRISP_PLUGIN_ID and CRISP_PLUGIN_KEY are not all set: profile-sync jobs are recorded but not delivered',
    );
  // SPEC 13.7: contact-sync jobs share the outbox and this worker.
  if (config.respondIo) deliverers.contact_sync = deliverContactSync(get, clock);
  else
    logger.warn(
      'RESPOND_IO_CREATE_CONTACT_WEBHOOK and RESPOND_IO_DELETE_CONTACT_WEBHOOK are unset: contact-sync jobs wait in the outbox, undelivered',
    );
  const deliver = new DeliverSyncJobs(
    get(SyncOutbox),
    deliverers,
    new RetrySchedule(options.retry ?? DEFAULT_RETRY_SETTINGS, options.random ?? Math.random),
    clock,
    { ...DEFAULT_DELIVERY_SETTINGS, ...options.delivery },
  );
  const worker = new ProfileSyncWorker(
    deliver,
    new MeasureSyncQueue(get(SyncOutbox)),
    (work) => RequestContext.create(orm.em, work),
    logger,
    { ...DEFAULT_WORKER_TIMING, ...options.timing },
  );
  return { worker, deliver };
}
