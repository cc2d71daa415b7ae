import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../../mikro-orm.config.js';

/**
 * Creating a PGlite cluster runs initdb in WebAssembly (several seconds); loading a dump of an
 * already migrated one takes about one. The global setup makes that dump once per run
 * (`buildPgliteTemplate`), and every test database starts from it (`openFromPgliteTemplate`).
 */
export async function buildPgliteTemplate(): Promise<Blob> {
  const pglite = await PGlite.create({ dataDir: 'memory://' });
  const orm = await MikroORM.init({
    ...(await ormOptions({ kind: 'pglite', dataDir: 'memory://' })),
    driverOptions: { pglite },
  });
  try {
    await orm.migrator.up();
    return await pglite.dumpDataDir('none');
  } finally {
    await orm.close(true);
    await pglite.close();
  }
}

/** A MikroORM over a new in-memory cluster loaded from the template file; closing it closes both. */
export async function openFromPgliteTemplate(
  path: string,
): Promise<{ orm: MikroORM; close(): Promise<void> }> {
  const pglite = await PGlite.create({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(path)]) });
  const orm = await MikroORM.init({
    ...(await ormOptions({ kind: 'pglite', dataDir: 'memory://' })),
    driverOptions: { pglite },
  });
  return {
    orm,
    close: async () => {
      await orm.close(true);
      await pglite.close();
    },
  };
}
