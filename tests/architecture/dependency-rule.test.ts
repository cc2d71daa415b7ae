import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

function cruise(cwd: string) {
  const run = spawnSync(
    process.execPath,
    [depcruise, 'src', '--config', join(root, '.dependency-cruiser.cjs')],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the dependency rule (npm run lint)', () => {
  it('fails on a domain file importing an adapter and a use case importing a package', () => {
    const result = cruise(join(root, 'tests/fixtures/dependency-rule'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('domain-is-pure');
    expect(result.output).toContain('src/domain/leaky-entity.ts');
    expect(result.output).toContain('application-depends-on-domain-only');
    expect(result.output).toContain('src/application/leaky-use-case.ts');
    expect(result.output).not.toContain('clean-entity');
  });

  it('passes on the real source tree', () => {
    const result = cruise(root);
    expect(result.output).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });
});
