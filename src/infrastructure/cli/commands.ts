import type { Config } from '../config.js';
import { createReportingRoleCommand } from './reporting-role.commands.js';
import { grantSuperAdminCommand, revokeSuperAdminCommand } from './super-admin.commands.js';

export interface CliCommand {
  name: string;
  usage: string;
  description: string;
  /** How many positional arguments it takes. */
  arity: number;
  /** Does the work and returns the line to print; throws with a clear message on failure. */
  run(config: Config, args: string[]): Promise<string>;
}

/** Every operator command. Later features add theirs here (grant-super-admin, create-reporting-role, …). */
export const commands: CliCommand[] = [
  grantSuperAdminCommand,
  revokeSuperAdminCommand,
  createReportingRoleCommand,
];
