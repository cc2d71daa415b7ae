import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { GetReportSummary } from '../../application/reporting/get-report-summary.js';
import { ReportReader } from '../../domain/reporting/report-reader.js';
import { MikroOrmReportReader } from '../../adapters/persistence/mikro-orm/mikro-orm-report-reader.js';
import { provide, type Resolve } from './provide.js';

/** Aggregate reports for Chayn's team (SPEC 10). */
export function registerReportingModule(container: DependencyContainer, orm: MikroORM): void {
  provide(container, ReportReader, () => new MikroOrmReportReader(orm.em as SqlEntityManager));
}

export function reportingUseCases(get: Resolve) {
  return { getReportSummary: new GetReportSummary(get(ReportReader)) };
}
