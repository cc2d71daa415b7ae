import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFirebaseEmulator } from '../../../src/infrastructure/firebase-emulator.js';
import { createAccount, lookUpEmail, signIn } from '../../support/firebase-accounts.js';

const projectId = 'demo-bloom-persistence';
const dataDirs: string[] = [];

afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('startFirebaseEmulator', () => {
  it('keeps the accounts of a dataDir across restarts', { timeout: 120_000 }, async () => {
    const parent = await mkdtemp(join(tmpdir(), 'bloom-emulator-test-'));
    dataDirs.push(parent);
    const dataDir = join(parent, 'firebase'); // missing on the first start, as on a fresh clone

    const first = await startFirebaseEmulator({ projectId, dataDir });
    const { uid } = await createAccount(first.host, 'persisted@example.com', 'correct-horse-1');
    await first.stop();

    const second = await startFirebaseEmulator({ projectId, dataDir });
    try {
      expect(await lookUpEmail(second.host, projectId, uid)).toBe('persisted@example.com');
      await expect(signIn(second.host, 'persisted@example.com', 'correct-horse-1')).resolves.toEqual(
        expect.any(String),
      );
    } finally {
      await second.stop();
    }
  });

  it('rejects with the emulator output when its port is taken', { timeout: 60_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((listening) => holder.listen(0, '127.0.0.1', listening));
    const { port } = holder.address() as AddressInfo;
    try {
      await expect(startFirebaseEmulator({ projectId, port })).rejects.toThrow(
        /exited \(code \d+\) before it was ready:[\s\S]*port \d+ is not open/i,
      );
    } finally {
      await new Promise((closed) => holder.close(closed));
    }
  });
});
