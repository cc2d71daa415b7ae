import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerScene } from '../../support/admin-scenes.js';
import { FakeStoryblok } from '../../support/fake-storyblok.js';
import { insertPartnerAccess, insertPartnerAdmin, insertUser, signedInUser } from '../../support/fixtures.js';
import { databaseKinds } from '../../support/test-database.js';
import { createTestApplication, type TestApplication } from '../../support/test-app.js';
import { contentType, encode, hostileBody, pathSegment, queryPairs, rawBody } from './fuzz-arbitraries.js';
import { tableChecksums } from './table-checksum.js';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1100);
const ZAPIER_TOKEN = 'fuzz-zapier-token';
const STORYBLOK_SECRET = 'fuzz-storyblok-secret';
const SQL_OR_STACK =
  /\bat .+:\d+:\d+|\bselect\b.+\bfrom\b|\binsert into\b|syntax error|violates|node_modules/i;

interface Operation {
  method: string;
  /** OpenAPI form, e.g. `/api/v1/partner/{id}`. */
  path: string;
  query: string[];
  body: string[];
}

type OpenApi = {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
};
type OperationObject = {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
};
type SchemaObject = { $ref?: string; properties?: Record<string, unknown> };

function operations(document: OpenApi): Operation[] {
  const resolve = (schema: SchemaObject | undefined) =>
    schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] : schema;
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      body: Object.keys(
        resolve(operation.requestBody?.content?.['application/json']?.schema)?.properties ?? {},
      ),
    })),
  );
}

/**
 * Hostile requests to every operation of the OpenAPI document (issue 15), as each kind of caller
 * and with junk credentials, with the limits raised. Never a 5xx, always the error envelope, and
 * a refused request writes nothing (row count and checksum of every table unchanged).
 * Reproduce a run with FUZZ_SEED=<the seed in this suite's name>.
 */
describe(`fuzz every OpenAPI operation (seed ${SEED}, ${databaseKinds.at(-1)})`, () => {
  let t: TestApplication;
  let storyblok: FakeStoryblok;
  /** Tokens of active users (public, partner, partner admin, super admin): most requests carry one. */
  let signedIn: string[];
  /** No token, a deleted user's, and junk. */
  let authorizations: string[];
  let knownIds: string[];
  let sent = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    storyblok = await FakeStoryblok.start();
    t = await createTestApplication({
      kind: databaseKinds.at(-1),
      env: {
        ZAPIER_TOKEN,
        STORYBLOK_WEBHOOK_SECRET: STORYBLOK_SECRET,
        STORYBLOK_API_URL: storyblok.url,
        STORYBLOK_TOKEN: storyblok.token,
      },
    });
    const orm = t.database.orm;
    const { superAdmin, admin, member, partnerId, otherPartnerId, adminId } = await partnerScene(
      t,
      'hardening-fuzz',
    );
    const partnerUser = await signedInUser(orm, 'hardening-fuzz-partner-user@example.com');
    const accessId = await insertPartnerAccess(orm, { partner_id: partnerId, user_id: partnerUser.userId });
    const deleted = await signedInUser(orm, 'hardening-fuzz-deleted@example.com');
    await orm.em
      .getConnection()
      .execute(`update "user" set is_active = false, deleted_at = now() where id = ?`, [deleted.userId]);
    const adminOfB = await insertPartnerAdmin(orm, {
      user_id: await insertUser(orm, { email: 'hardening-fuzz-admin-b@example.com' }),
      partner_id: otherPartnerId,
    });
    const bearer = (token: string) => `Bearer ${token}`;
    signedIn = [member, partnerUser, admin, superAdmin].map((user) => bearer(user.token));
    authorizations = [
      '',
      bearer(deleted.token),
      'Bearer',
      'Bearer a.b.c',
      `Bearer ${'x'.repeat(9000)}`,
      `bearer   ${member.token}   `,
      'Basic Zm9vOmJhcg==',
      `Basic ${ZAPIER_TOKEN}`,
      'Bearer \u00ff\u00fe',
    ];
    knownIds = [
      partnerId,
      otherPartnerId,
      adminId,
      adminOfB,
      accessId,
      member.userId,
      superAdmin.userId,
      deleted.userId,
    ];
  });
  afterAll(async () => {
    await t.close();
    await storyblok.stop();
  });

  it('answers hostile requests with no 5xx, the error envelope, and no write when refused', async () => {
    const document = (await (await t.app.request('/api/openapi.json')).json()) as OpenApi;
    const ops = operations(document);
    expect(ops.length).toBeGreaterThan(40);
    const runsEach = Math.ceil(REQUESTS / ops.length);
    let before = await tableChecksums(t.database.orm);

    for (const [index, op] of ops.entries()) {
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      const request = fc.record({
        segments: fc.tuple(...names.map(() => pathSegment(knownIds))),
        query: queryPairs(op.query),
        body: fc.oneof(
          hostileBody(op.body).map((value) => JSON.stringify(value) ?? 'null'),
          rawBody,
        ),
        contentType,
        authorization: fc.oneof(
          { arbitrary: fc.constantFrom(...signedIn), weight: 4 },
          { arbitrary: fc.constantFrom(...authorizations), weight: 1 },
        ),
        sign: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          let path = op.path;
          names.forEach((name, i) => (path = path.replace(`{${name}}`, input.segments[i] ?? '')));
          const search = input.query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
          const url = `${path}${search ? `?${search}` : ''}`;
          const headers: Record<string, string> = {};
          if (input.authorization) headers.authorization = input.authorization;
          const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
          if (hasBody && input.contentType) headers['content-type'] = input.contentType;
          if (hasBody && input.sign)
            headers['webhook-signature'] = createHmac('sha1', STORYBLOK_SECRET)
              .update(input.body)
              .digest('hex');
          const res = await t.app.request(url, {
            method: op.method,
            headers,
            ...(hasBody ? { body: input.body } : {}),
          });
          sent += 1;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          const where = `${op.method} ${url.slice(0, 300)} → ${res.status} ${text.slice(0, 300)}`;
          expect(res.status, where).toBeLessThan(500);
          if (res.status >= 400) {
            const body = JSON.parse(text) as Record<string, unknown>;
            expect(body, where).toMatchObject({
              statusCode: res.status,
              error: expect.any(String),
              message: expect.any(String),
            });
            expect(text, where).not.toMatch(SQL_OR_STACK);
            const after = await tableChecksums(t.database.orm);
            expect(after, `a refused request wrote: ${where}`).toEqual(before);
          } else {
            before = await tableChecksums(t.database.orm);
          }
        }),
        { seed: SEED + index, numRuns: runsEach, endOnFailure: true },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(Math.min(REQUESTS, 1000));
    // The requests went past the edge too: some were accepted, some refused by the use cases.
    expect(statuses.get(200) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0);
    expect(statuses.get(404) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0);
  }, 600_000);
});
