import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  grantSuperAdminCommand,
  revokeSuperAdminCommand,
} from '../../../src/infrastructure/cli/super-admin.commands.js';
import { commands } from '../../../src/infrastructure/cli/commands.js';
import { loadConfig, type Config } from '../../../src/infrastructure/config.js';
import { migrate, openDatabase } from '../../../src/infrastructure/database.js';
import { insertUser } from '../../support/fixtures.js';
import { createPostgresDatabase, TEST_DATABASE_URL } from '../../support/test-database.js';

/** The commands open the configured database themselves: give them one of their own. */
describe(`grant-super-admin / revoke-super-admin (${TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let config: Config;
  let cleanUp: () => Promise<void>;

  async function superAdminFlag(): Promise<boolean | undefined> {
    const orm = await openDatabase(config.database);
    try {
      const rows: { is_super_admin: boolean }[] = await orm.em
        .getConnection()
        .execute(`select is_super_admin from "user" where email = 'cli-admin@example.com'`);
      return rows[0]?.is_super_admin;
    } finally {
      await orm.close();
    }
  }

  beforeAll(async () => {
    if (TEST_DATABASE_URL) {
      const database = await createPostgresDatabase();
      config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url });
      cleanUp = database.drop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'bloom-cli-'));
      config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir });
      cleanUp = () => rm(dir, { recursive: true, force: true });
    }
    const orm = await openDatabase(config.database);
    try {
      await migrate(orm);
      await insertUser(orm, { email: 'cli-admin@example.com' });
    } finally {
      await orm.close();
    }
  });
  afterAll(() => cleanUp());

  it('is registered with the CLI', () => {
    expect(commands.map((command) => command.name)).toEqual(
      expect.arrayContaining(['grant-super-admin', 'revoke-super-admin']),
    );
  });

  it('grants and revokes by email, in any case', async () => {
    await expect(grantSuperAdminCommand.run(config, [' CLI-Admin@example.com'])).resolves.toMatch(
      /is now a super admin/,
    );
    expect(await superAdminFlag()).toBe(true);
    await expect(revokeSuperAdminCommand.run(config, ['cli-admin@example.com'])).resolves.toMatch(
      /no longer/,
    );
    expect(await superAdminFlag()).toBe(false);
  });

  it('says clearly when no user has the email, without echoing it', async () => {
    const failure = grantSuperAdminCommand.run(config, ['nobody@example.com']);
    await expect(failure).rejects.toThrow('No Bloom user has that email: nothing changed.');
  });
});
