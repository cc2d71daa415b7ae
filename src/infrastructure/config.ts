import { z } from 'zod';
import {
  checkOrigins,
  checkServiceAccount,
  isReadableFile,
  listOf,
  normaliseTotpSecret,
  respondIoProblems,
  simplybookProblems,
  TOTP_SECRET_FORM,
} from './config-checks.js';

/**
 * The whole configuration, parsed once from the environment (the only place that reads
 * process.env). Empty strings count as unset, so `FOO=` in a shell behaves like no FOO.
 */
const optionalText = z.string().trim().min(1).optional();
const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

const environment = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(35_001),
  // Interface to listen on; unset: all (the compiled server), loopback (`npm start`).
  HOST: z
    .string()
    .trim()
    .regex(/^[\w.:-]+$/, 'must be a host name or IP address')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data/pglite'),
  FIREBASE_PROJECT_ID: optionalText,
  FIREBASE_AUTH_EMULATOR_HOST: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port')
    .optional(),
  GOOGLE_APPLICATION_CREDENTIALS: z
    .string()
    .trim()
    .min(1)
    .refine(isReadableFile, 'must be the path of a readable file (the service account key)')
    .optional(),
  // The value is a secret: problems name the variable and the missing keys, never the text.
  FIREBASE_SERVICE_ACCOUNT: z.string().superRefine(checkServiceAccount).optional(),
  CRISP_WEBSITE_ID: optionalText,
  CRISP_PLUGIN_ID: optionalText,
  CRISP_PLUGIN_KEY: optionalText,
  CRISP_API_URL: z.url().optional(),
  WORKER: z.enum(['on', 'off']).default('on'),
  STORYBLOK_TOKEN: optionalText,
  STORYBLOK_API_URL: z.url().default('https://api.storyblok.com/v2'),
  STORYBLOK_WEBHOOK_SECRET: optionalText,
  ZAPIER_TOKEN: optionalText,
  SIMPLYBOOK_API_URL: z.url().default('https://user-api-v2.simplybook.me/admin'),
  SIMPLYBOOK_COMPANY: optionalText,
  SIMPLYBOOK_LOGIN: optionalText,
  SIMPLYBOOK_PASSWORD: z.string().min(1).optional(),
  // A secret: the message describes the form, never the value.
  SIMPLYBOOK_TOTP_SECRET: z
    .string()
    .transform(normaliseTotpSecret)
    .pipe(z.string().regex(TOTP_SECRET_FORM.pattern, TOTP_SECRET_FORM.message))
    .optional(),
  RESPOND_IO_CREATE_CONTACT_WEBHOOK: z.url().optional(),
  RESPOND_IO_DELETE_CONTACT_WEBHOOK: z.url().optional(),
  EVENT_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(730),
  SUPER_ADMIN_EMAIL_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain such as chayn.co')
    .optional(),
  CORS_ORIGINS: z.string().trim().min(1).transform(listOf).superRefine(checkOrigins).optional(),
  ACCESS_CODE_RATE_LIMIT: count(10),
  ACCESS_CODE_FAILURE_LIMIT: count(60),
  ACCESS_CODE_ACCOUNT_LIMIT: count(10),
  ACCOUNT_EMAIL_RATE_LIMIT: count(20),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default('bloom:rate-limit:'),
  RATE_LIMIT: count(600),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

type Issue = { path: string; message: string };

/**
 * The production rules, checked on the raw values so they are reported together with any
 * type errors (zod skips refinements when the shape itself fails).
 */
function productionProblems(env: Record<string, string | undefined>): Issue[] {
  if (env.NODE_ENV !== 'production') return [];
  const issues: Issue[] = [];
  const problem = (path: string, message: string) => issues.push({ path, message });
  if (!env.DATABASE_URL) problem('DATABASE_URL', 'is required in production (no embedded database)');
  if (!env.FIREBASE_PROJECT_ID) problem('FIREBASE_PROJECT_ID', 'is required in production');
  if (!env.GOOGLE_APPLICATION_CREDENTIALS && !env.FIREBASE_SERVICE_ACCOUNT)
    problem('FIREBASE_SERVICE_ACCOUNT', 'or GOOGLE_APPLICATION_CREDENTIALS is required in production');
  if (env.FIREBASE_AUTH_EMULATOR_HOST)
    problem('FIREBASE_AUTH_EMULATOR_HOST', 'is refused in production: the emulator accepts unsigned tokens');
  return issues;
}

export type DatabaseSettings = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** null: the entry point decides (all interfaces for the compiled server, loopback for `npm start`). */
  host: string | null;
  database: DatabaseSettings;
  firebase: {
    projectId: string;
    emulatorHost: string | null;
    serviceAccountJson: string | null;
    credentialsFile: string | null;
  };
  crisp: { websiteId: string; pluginId: string; pluginKey: string } | null;
  crispApiUrl: string | null;
  worker: boolean;
  storyblok: { token: string | null; apiUrl: string; webhookSecret: string | null };
  zapierToken: string | null;
  /** null when SIMPLYBOOK_COMPANY, _LOGIN and _PASSWORD are all unset (cancelling answers 503). */
  simplybook: {
    apiUrl: string;
    company: string;
    login: string;
    password: string;
    totpSecret: string | null;
  } | null;
  /** SPEC 13.7: null when both hooks are unset (contact-sync jobs are recorded, not delivered). */
  respondIo: { createContactWebhook: string; deleteContactWebhook: string } | null;
  /** SPEC 13.5: event log rows older than this many days are purged daily by the worker. */
  eventLogRetentionDays: number;
  superAdminEmailDomain: string | null;
  /** null: any origin (development); []: none. */
  corsOrigins: string[] | null;
  accessCodeRateLimit: number;
  accessCodeFailureLimit: number;
  accessCodeAccountLimit: number;
  /** Sign-ups and email changes per hour per client (they answer 409 for a registered email). */
  accountEmailRateLimit: number;
  /** Rate-limit budgets live in this Redis when set (several API processes share them). */
  redis: { url: string; keyPrefix: string } | null;
  rateLimit: number;
  trustProxy: number;
  logLevel: string;
}

export class ConfigError extends Error {}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environment.safeParse(cleaned);
  const issues: Issue[] = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
    ...productionProblems(cleaned),
    ...simplybookProblems(cleaned),
    ...respondIoProblems(cleaned),
  ];
  if (!parsed.success || issues.length > 0) {
    const lines = issues.map((issue) => `  - ${issue.path}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const crisp =
    env.CRISP_WEBSITE_ID && env.CRISP_PLUGIN_ID && env.CRISP_PLUGIN_KEY
      ? { websiteId: env.CRISP_WEBSITE_ID, pluginId: env.CRISP_PLUGIN_ID, pluginKey: env.CRISP_PLUGIN_KEY }
      : null;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST ?? null,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: env.DATA_DIR },
    firebase: {
      projectId: env.FIREBASE_PROJECT_ID ?? 'demo-bloom',
      emulatorHost: env.FIREBASE_AUTH_EMULATOR_HOST ?? null,
      serviceAccountJson: env.FIREBASE_SERVICE_ACCOUNT ?? null,
      credentialsFile: env.GOOGLE_APPLICATION_CREDENTIALS ?? null,
    },
    crisp,
    crispApiUrl: env.CRISP_API_URL ?? null,
    worker: env.WORKER === 'on',
    storyblok: {
      token: env.STORYBLOK_TOKEN ?? null,
      apiUrl: env.STORYBLOK_API_URL.replace(/\/+$/, ''),
      webhookSecret: env.STORYBLOK_WEBHOOK_SECRET ?? null,
    },
    zapierToken: env.ZAPIER_TOKEN ?? null,
    simplybook:
      env.SIMPLYBOOK_COMPANY && env.SIMPLYBOOK_LOGIN && env.SIMPLYBOOK_PASSWORD
        ? {
            apiUrl: env.SIMPLYBOOK_API_URL.replace(/\/+$/, ''),
            company: env.SIMPLYBOOK_COMPANY,
            login: env.SIMPLYBOOK_LOGIN,
            password: env.SIMPLYBOOK_PASSWORD,
            totpSecret: env.SIMPLYBOOK_TOTP_SECRET ?? null,
          }
        : null,
    respondIo:
      env.RESPOND_IO_CREATE_CONTACT_WEBHOOK && env.RESPOND_IO_DELETE_CONTACT_WEBHOOK
        ? {
            createContactWebhook: env.RESPOND_IO_CREATE_CONTACT_WEBHOOK,
            deleteContactWebhook: env.RESPOND_IO_DELETE_CONTACT_WEBHOOK,
          }
        : null,
    eventLogRetentionDays: env.EVENT_LOG_RETENTION_DAYS,
    superAdminEmailDomain: env.SUPER_ADMIN_EMAIL_DOMAIN ?? null,
    corsOrigins: env.CORS_ORIGINS ?? (env.NODE_ENV === 'production' ? [] : null),
    accessCodeRateLimit: env.ACCESS_CODE_RATE_LIMIT,
    accessCodeFailureLimit: env.ACCESS_CODE_FAILURE_LIMIT,
    accessCodeAccountLimit: env.ACCESS_CODE_ACCOUNT_LIMIT,
    accountEmailRateLimit: env.ACCOUNT_EMAIL_RATE_LIMIT,
    redis: env.REDIS_URL ? { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX } : null,
    rateLimit: env.RATE_LIMIT,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
  };
}

/**
 * True when nothing tells us how to reach Firebase: `npm start` then runs a local emulator, and
 * the compiled server refuses to start (it never verifies against an emulator it started).
 */
export function needsLocalFirebaseEmulator(config: Config): boolean {
  return (
    config.env !== 'production' &&
    !config.firebase.emulatorHost &&
    !config.firebase.serviceAccountJson &&
    !config.firebase.credentialsFile
  );
}
