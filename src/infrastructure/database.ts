import { mkdirSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../../mikro-orm.config.js';
import type { DatabaseSettings } from './config.js';

export async function openDatabase(database: DatabaseSettings): Promise<MikroORM> {
  if (database.kind === 'pglite' && database.dataDir !== 'memory://') {
    mkdirSync(database.dataDir, { recursive: true });
  }
  return MikroORM.init(await ormOptions(database));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}
