import 'reflect-metadata';
import { createApplication } from '../src/infrastructure/application.js';
import { loadConfig } from '../src/infrastructure/config.js';
import { openDatabase } from '../src/infrastructure/database.js';
import { silentLogger } from '../src/infrastructure/logger.js';
import { statementsDuring } from '../tests/support/statement-counter.js';
import { bodyOf, headersOf, type Scenario } from './load.js';

/**
 * SQL statements per request (BEGIN/COMMIT not counted: they do not pass the onQuery hook), counted
 * by sending the scenario's request twice to the same application in this process: the first
 * time (e.g. /me's once-an-hour lastActiveAt write, a session's first completion) and again,
 * the steady state a load test mostly measures.
 */
export async function countStatements(
  env: Record<string, string>,
  scenarios: Scenario[],
): Promise<Map<string, { first: number; again: number }>> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const orm = await openDatabase(config.database);
  const counts = new Map<string, { first: number; again: number }>();
  try {
    const { app } = createApplication(config, orm, silentLogger());
    for (const scenario of scenarios) {
      const request = scenario.request(0);
      const send = async () => {
        const body = bodyOf(request);
        const response = await app.request(request.path, {
          method: request.method,
          headers: headersOf(request),
          ...(body === undefined ? {} : { body }),
        });
        await response.arrayBuffer();
        if (response.status !== scenario.expectStatus)
          throw new Error(`${scenario.name}: answered ${response.status}, expected ${scenario.expectStatus}`);
      };
      const first = (await statementsDuring(orm, send)).length;
      counts.set(scenario.name, { first, again: (await statementsDuring(orm, send)).length });
    }
  } finally {
    await orm.close();
  }
  return counts;
}
