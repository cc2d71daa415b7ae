import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CrispChatProfiles } from '../../../src/adapters/crm/crisp-chat-profiles.js';
import { chatProfileDeletion, type ChatProfile } from '../../../src/domain/chat-profile/chat-profile.js';
import { describeFailure, SyncDeliveryFailed } from '../../../src/domain/profile-sync/sync-errors.js';
import { FakeCrisp } from '../../support/fake-crisp.js';

function aProfile(fields: Partial<ChatProfile> = {}): ChatProfile {
  return {
    email: 'ada@example.org',
    nickname: 'Ada',
    locales: ['en'],
    segments: ['public'],
    data: { partners: '', feature_live_chat: true, therapy_sessions_remaining: 0 },
    ...fields,
  };
}

/** What DeliverChatProfile does: the base profile, then the people data. */
async function save(profiles: CrispChatProfiles, profile: ChatProfile, previousEmail: string | null) {
  await profiles.saveProfile(profile, previousEmail);
  await profiles.saveData(profile.email, profile.data);
}

describe('CrispChatProfiles on the real crisp-api client against a loopback Crisp', () => {
  let crisp: FakeCrisp;
  let profiles: CrispChatProfiles;

  beforeAll(async () => {
    crisp = await FakeCrisp.start();
    profiles = new CrispChatProfiles({
      websiteId: FakeCrisp.websiteId,
      pluginId: FakeCrisp.pluginId,
      pluginKey: FakeCrisp.pluginKey,
      apiUrl: `${crisp.url}/`,
    });
  });
  afterAll(() => crisp.stop());
  beforeEach(() => crisp.reset());

  it('creates a missing profile with its base profile, segments and wrapped people data', async () => {
    await save(profiles, aProfile(), null);

    expect(crisp.people.get('ada@example.org')).toEqual({
      email: 'ada@example.org',
      person: { nickname: 'Ada', locales: ['en'] },
      segments: ['public'],
      data: { partners: '', feature_live_chat: true, therapy_sessions_remaining: 0 },
    });
    expect(crisp.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/website/fake-website-id/people/profile',
      'PATCH /v1/website/fake-website-id/people/data/ada%40example.org',
    ]);
    expect(crisp.requests[1]?.body).toEqual({ data: aProfile().data });
  });

  it('updates a profile that already exists (people_exists is not an error)', async () => {
    await save(profiles, aProfile(), null);
    await save(
      profiles,
      aProfile({ nickname: 'Ada L', segments: ['bumble'], data: { partners: 'bumble' } }),
      null,
    );

    expect(crisp.people.get('ada@example.org')).toMatchObject({
      person: { nickname: 'Ada L' },
      segments: ['bumble'],
      data: { partners: 'bumble', feature_live_chat: true },
    });
    expect(crisp.people.size).toBe(1);
  });

  it('renames the profile found under the previous email, keeping its data', async () => {
    await save(profiles, aProfile(), null);
    await save(profiles, aProfile({ email: 'ada.new@example.org' }), 'ada@example.org');

    expect([...crisp.people.keys()]).toEqual(['ada.new@example.org']);
    expect(crisp.people.get('ada.new@example.org')?.data).toMatchObject({ feature_live_chat: true });
  });

  it('creates the profile when nothing exists under the previous email', async () => {
    await save(profiles, aProfile({ email: 'ada.new@example.org' }), 'never-delivered@example.org');
    expect([...crisp.people.keys()]).toEqual(['ada.new@example.org']);
  });

  it('encodes the email in paths, so # and / cannot address another person', async () => {
    const email = 'a#b/c?d@example.org';
    await save(profiles, aProfile({ email }), null);
    await save(profiles, aProfile({ email, nickname: 'Changed' }), null);

    expect(crisp.people.get(email)).toMatchObject({ person: { nickname: 'Changed' } });
    expect(crisp.requests.at(-1)?.path).toBe(
      '/v1/website/fake-website-id/people/data/a%23b%2Fc%3Fd%40example.org',
    );
  });

  it('sends the deletion update only: nickname "Deleted user" and people data { deleted_at }', async () => {
    await save(profiles, aProfile(), null);
    crisp.requests.length = 0;
    await profiles.markDeleted('ada@example.org', chatProfileDeletion(new Date('2026-12-01T10:00:00Z')));

    expect(crisp.requests.map((request) => request.body)).toEqual([
      { person: { nickname: 'Deleted user' } },
      { data: { deleted_at: '2026-12-01T10:00:00.000Z' } },
    ]);
    expect(crisp.people.get('ada@example.org')?.person.nickname).toBe('Deleted user');
  });

  it('does nothing for the deletion of a profile Crisp does not have', async () => {
    await profiles.markDeleted('nobody@example.org', chatProfileDeletion(new Date()));
    expect(crisp.requests).toHaveLength(1);
    expect(crisp.people.size).toBe(0);
  });

  it.each([
    ['a 500', () => crisp.failWith(500), 'crisp create: 500 internal_error'],
    ['a dropped connection', () => crisp.dropConnections(), 'crisp create: no answer'],
    ['wrong credentials', () => undefined, 'crisp create: 401 invalid_session'],
  ])('rejects %s with a failure that names no email', async (_, arrange, reason) => {
    arrange();
    const client = reason.includes('401')
      ? new CrispChatProfiles({
          websiteId: FakeCrisp.websiteId,
          pluginId: 'x',
          pluginKey: 'y',
          apiUrl: crisp.url,
        })
      : profiles;
    const failure = await save(client, aProfile(), null).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(SyncDeliveryFailed);
    expect(describeFailure(failure)).toBe(reason);
    expect(JSON.stringify(failure)).not.toContain('example.org');
  });

  it('waits out slow answers', async () => {
    crisp.slowDown(300);
    await save(profiles, aProfile(), null);
    expect(crisp.people.has('ada@example.org')).toBe(true);
  });
});
