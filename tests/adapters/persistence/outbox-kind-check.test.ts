import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_JOB_KINDS } from '../../../src/domain/profile-sync/sync-job.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database.js';

const USER_ID = randomUUID();
const insertUser = `insert into "user" (id, firebase_uid, name, email, sign_up_type, crisp_token_id)
  values ('${USER_ID}', 'outbox-kind-check', 'Kind Check', 'kind-check@example.org', 'PUBLIC_USER', gen_random_uuid())`;
const insertJob = (kind: string) =>
  `insert into profile_sync_job (id, created_at, updated_at, user_id, kind, version, status, attempts, next_attempt_at)
   values ('${randomUUID()}', now(), now(), '${USER_ID}', '${kind}', 1, 'pending', 0, now())`;

describe.each(databaseKinds)('the outbox refuses a job kind no deliverer takes (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await database.orm.em.getConnection().execute(insertUser);
  });
  afterAll(async () => {
    await database.close();
  });

  it('takes every kind the domain names', async () => {
    const connection = database.orm.em.getConnection();
    for (const jobKind of SYNC_JOB_KINDS) await connection.execute(insertJob(jobKind));
    const rows: { kind: string }[] = await connection.execute(
      `select kind from profile_sync_job order by kind`,
    );
    expect(rows.map((row) => row.kind)).toEqual([...SYNC_JOB_KINDS].sort());
  });

  it('refuses any other kind', async () => {
    await expect(database.orm.em.getConnection().execute(insertJob('crisp_profile'))).rejects.toThrow(
      /profile_sync_job_kind_check/,
    );
  });
});
