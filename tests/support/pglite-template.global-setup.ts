import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate } from './pglite-template.js';

/** One migrated PGlite cluster, dumped to a file every test database is loaded from. */
export default async function preparePgliteTemplate(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'bloom-pglite-'));
  const path = join(dir, 'template.tar');
  await writeFile(path, new Uint8Array(await (await buildPgliteTemplate()).arrayBuffer()));
  project.provide('pgliteTemplatePath', path);
  return () => rm(dir, { recursive: true, force: true });
}
