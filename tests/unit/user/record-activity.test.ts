import { describe, expect, it } from 'vitest';
import { aUser } from '../../builders/user.builder.js';
import { NOW, userHarness } from './user-harness.js';

const HOUR = 60 * 60 * 1000;

/** The "at most once an hour" rule is decided in TypeScript; the write only checks nobody moved it since. */
describe('GetMyProfile records the visit', () => {
  it('of two visits that both read an old lastActiveAt, exactly one records it', async () => {
    const h = userHarness();
    const user = aUser({ createdAt: new Date(NOW.getTime() - 2 * HOUR) });
    await h.users.add(user);

    const both = await Promise.all([h.getMyProfile.execute(user.id), h.getMyProfile.execute(user.id)]);
    const recorded = both.filter((profile) => profile.user.lastActiveAt?.getTime() === NOW.getTime());
    expect(recorded).toHaveLength(1);
    expect(h.users.all()[0]?.lastActiveAt).toEqual(NOW);
  });

  it('records a visit exactly one hour after the last, not a millisecond before', async () => {
    const h = userHarness();
    const user = aUser({ createdAt: new Date(NOW.getTime() - HOUR + 1) });
    await h.users.add(user);
    expect((await h.getMyProfile.execute(user.id)).user.lastActiveAt).toEqual(user.createdAt);
    expect(h.queue.queued.size).toBe(0);

    h.clock.current = new Date(user.createdAt.getTime() + HOUR);
    expect((await h.getMyProfile.execute(user.id)).user.lastActiveAt).toEqual(h.clock.current);
    expect(h.queue.queued).toEqual(new Set([user.id]));
  });
});
