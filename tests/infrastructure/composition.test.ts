import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApplication, type TestApplication } from '../support/test-app.js';

const DOMAIN = join(import.meta.dirname, '../../src/domain');

/** Every port token the domain declares: a symbol exported from a file under src/domain. */
async function domainPortTokens(): Promise<{ name: string; token: symbol }[]> {
  const files = (await readdir(DOMAIN, { recursive: true })).filter((file) => file.endsWith('.ts'));
  const modules = await Promise.all(
    files.map(async (file) => ({
      file,
      exports: (await import(join(DOMAIN, file))) as Record<string, unknown>,
    })),
  );
  return modules.flatMap(({ file, exports }) =>
    Object.entries(exports)
      .filter((entry): entry is [string, symbol] => typeof entry[1] === 'symbol')
      .map(([name, token]) => ({ name: `${name} (${file})`, token })),
  );
}
const portTokens = await domainPortTokens();

describe('the composition root', () => {
  let t: TestApplication;
  beforeAll(async () => {
    t = await createTestApplication();
  });
  afterAll(() => t.close());

  it('finds the domain ports to check', () => {
    // A guard on the scan itself: the domain declares well over twenty ports.
    expect(portTokens.length).toBeGreaterThan(20);
  });

  it.each(portTokens)('binds $name to an adapter that builds', ({ token }) => {
    expect(t.container.isRegistered(token)).toBe(true);
    expect(t.container.resolve(token)).toBeTruthy();
  });

  it('builds every use case at start-up, each an object with its execute method', () => {
    const missing = Object.entries(t.useCases)
      .filter(([, useCase]) => typeof (useCase as { execute?: unknown }).execute !== 'function')
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
