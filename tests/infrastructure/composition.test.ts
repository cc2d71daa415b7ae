import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApplication, type TestApplication } from '../support/test-app.js';

/** Every port token the domain declares: a symbol exported from a file under src/domain. */
const domainModules = import.meta.glob<Record<string, unknown>>('../../src/domain/**/*.ts', { eager: true });
const portTokens = Object.entries(domainModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, symbol] => typeof entry[1] === 'symbol')
    .map(([name, token]) => ({ name: `${name} (${file.replace('../../src/domain/', '')})`, token })),
);

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
    // Readers handed to routes (partnerAccessReader) are ports, not use cases.
    expect(missing).toEqual(['partnerAccessReader']);
  });
});
