import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000_initial_schema } from './Migration20261124000000_initial_schema.js';
import { Migration20261124000100_profile_sync_outbox } from './Migration20261124000100_profile_sync_outbox.js';

/** Applied in this order; a migration is never edited once it has shipped, only followed by a new one. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124000000_initial_schema', class: Migration20261124000000_initial_schema },
  { name: 'Migration20261124000100_profile_sync_outbox', class: Migration20261124000100_profile_sync_outbox },
];
