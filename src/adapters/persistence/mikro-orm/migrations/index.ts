import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000_initial_schema } from './Migration20261124000000_initial_schema.js';
import { Migration20261124000100_profile_sync_outbox } from './Migration20261124000100_profile_sync_outbox.js';
import { Migration20261204000100_sync_job_kinds_and_leases } from './Migration20261204000100_sync_job_kinds_and_leases.js';
import { Migration20261204000200_reporting } from './Migration20261204000200_reporting.js';
import { Migration20261204000300_therapy_simplybook_booking_id } from './Migration20261204000300_therapy_simplybook_booking_id.js';
import { Migration20261204000400_resources_feedback_events_notes } from './Migration20261204000400_resources_feedback_events_notes.js';
import { Migration20261204000500_reporting_notes } from './Migration20261204000500_reporting_notes.js';
import { Migration20261204000600_contact_number_leases } from './Migration20261204000600_contact_number_leases.js';
import { Migration20261204000700_sync_job_kind_check } from './Migration20261204000700_sync_job_kind_check.js';

/** Applied in this order; a migration is never edited once it has shipped, only followed by a new one. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124000000_initial_schema', class: Migration20261124000000_initial_schema },
  { name: 'Migration20261124000100_profile_sync_outbox', class: Migration20261124000100_profile_sync_outbox },
  {
    name: 'Migration20261204000100_sync_job_kinds_and_leases',
    class: Migration20261204000100_sync_job_kinds_and_leases,
  },
  { name: 'Migration20261204000200_reporting', class: Migration20261204000200_reporting },
  {
    name: 'Migration20261204000300_therapy_simplybook_booking_id',
    class: Migration20261204000300_therapy_simplybook_booking_id,
  },
  {
    name: 'Migration20261204000400_resources_feedback_events_notes',
    class: Migration20261204000400_resources_feedback_events_notes,
  },
  { name: 'Migration20261204000500_reporting_notes', class: Migration20261204000500_reporting_notes },
  {
    name: 'Migration20261204000600_contact_number_leases',
    class: Migration20261204000600_contact_number_leases,
  },
  { name: 'Migration20261204000700_sync_job_kind_check', class: Migration20261204000700_sync_job_kind_check },
];
